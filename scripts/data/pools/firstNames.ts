/**
 * Real given names from many languages, diacritics included, so the planner learns to copy any
 * name rather than memorise a few (the reference's own examples use "Lutfi Eren Erdoğan"). Names that
 * are also dates ("May", "June", "April") are left out: chrono-node would read them as dates.
 */
export const FIRST_NAMES: readonly string[] = `
Aaliyah Aarav Abdul Abebe Abigail Ada Adaeze Adam Adebayo Adele Adil Adriana Adrián Agnieszka Ahmed Aiden Aiko
Aisha Akira Alejandro Aleksander Alessandro Alexei Alfonso Ali Alice Alicia Alisha Alma Amara Amelia Amir Amira
Ana Anahí Anders André Andrea Andrés Aneta Angelika Anika Anita Anna Anneliese Antoine Antonio Anya Arjun Arne
Asha Astrid Aurélie Ava Ayşe Aziz Bahar Barış Beatriz Bella Benedikt Benjamin Bernardo Bianca Bilal Björn Blanca
Bogdan Brandon Bruno Caitlin Camila Camille Carla Carlos Carmen Caroline Catalina Cem Chandra Charlotte Chen
Chiara Chidi Chloé Chloe Christian Cian Ciara Clara Claudia Colm Connor Cristina Dagny Daisuke Dalia Damla Daniel
Daniela Dara Darius David Deepak Defne Deniz Derya Diana Diego Dilara Dimitri Divya Dmitri Dominik Dorota Duc
Duncan Dylan Ebru Eduardo Efua Elena Eleni Elif Elijah Elin Eliška Elizabeth Ella Elsa Emeka Emil Emilia Emily
Emine Emma Emre Enzo Erik Eren Esra Esteban Ethan Eva Evelyn Ezra Fatima Felipe Felix Fernanda Filip Finn Fiona
Florian François Frederik Freya Gabriel Gabriela Gaurav Gemma Georg Giulia Giuseppe Grace Greta Guillermo Gunnar
Gustavo Hamza Hana Hannah Hans Haruto Hassan Heike Helga Henrik Henry Hiroshi Hoang Hugo Ibrahim Ida Ifeoma Igor
Ilse Imani Inés Ingrid Irene Isaac Isabel Isabella Ishaan Ismail Ivan Ivana Jabari Jack Jacob Jakub Jamal James
Jana Jasmine Javier Jelena João Joaquín Johan Jonas Jorge José Josefine Juan Julia Julián Julien Jun Jürgen Kai
Kamal Karim Karina Kasper Katarzyna Kateřina Kavya Keanu Kemal Kenji Khadija Kiara Kofi Kwame Lara Lars Laura
Layla Leila Lena Leo León Leonie Liam Lina Linnea Lior Lisa Lucas Lucía Luis Luka Lukas Łukasz Lutfi Lydia
Madison Magnus Mai Maja Malak Malik Manon Marco Marcus Margarida Mariam Marie Mario Marta Martín Mateo Matías
Matteo Maya Mehmet Mei Meera Mia Michael Miguel Mikael Mila Milan Mina Ming Mohammed Moritz Mustafa Nadia Naledi
Nam Naomi Natalia Nathan Neha Niamh Nico Nikolai Nils Nina Noah Noemi Nora Nour Océane Ola Olga Oliver Olivia
Omar Oscar Oskar Owen Paolo Patrícia Pavel Pedro Pia Pierre Piotr Priya Quentin Rafael Rahul Rania Rashid Ravi
Rebecca Renée Ricardo Rin Rohan Rosa Rui Ryan Ryo Saanvi Sade Sakura Salma Samir Samuel Sara Sarah Sasha Sean
Sebastián Selin Seo-yeon Sergio Shira Shreya Sid Siddharth Sienna Simón Siobhán Sofía Sophie Søren Stefan Sven
Tamar Tanvi Tariq Tatiana Tendai Teresa Thabo Théo Thomas Tiago Timo Tomás Tomasz Tuan Tyler Uma Umar Valentina
Vera Víctor Viktor Vikram Violet Wei Wiktoria Xavier Ximena Yara Yasmin Yen Yerlan Yosef Yuki Yuna Yusuf Zainab
Zara Zeynep Zoë Zofia Zuzana Ålmo Ömer Özge Şeyma Ümit Ígor Ñaki
`
  .trim()
  .split(/\s+/);
