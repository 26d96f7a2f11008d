/** Real family names from many languages, diacritics included (see FIRST_NAMES). */
export const LAST_NAMES: readonly string[] = `
Abara Abe Achebe Adeyemi Aguilar Ahmadi Akhtar Aksoy Alvarez Amato Andersen Anderson Arslan Asante Bakker Banda
Barros Bauer Becker Bergström Bianchi Björklund Blanco Bondarenko Botha Brennan Brown Bui Çelik Campbell Carvalho
Castillo Castro Chaudhry Chen Cho Chowdhury Ciobanu Conti Costa Cruz Dahl Dang Das Dąbrowski Demir Dias
Dinh Doğan Dubois Dvořák Eriksson Erdoğan Esposito Fernandes Fernández Ferrari Fischer Fitzgerald Flores Fontaine
Fujita Gallagher García Giordano Gomes González Gruber Guerrero Gupta Gutiérrez Haddad Hakimi Hansen Hartmann
Hashemi Hoffmann Horváth Hosseini Huang Ibrahim Ivanova Ivanov Iyer Jansen Jensen Jiménez Johansson Jones Jung
Kaczmarek Kahn Kamara Kang Kapoor Kariuki Kaya Keller Khan Khoury Kim Kimura Klein Kobayashi Koch Kovačević
Kowalski Kozlov Krause Kumar Kuznetsov Laine Lambert Larsen Laurent Le Lee Lefebvre Lehmann Leone Lewandowski
Li Lima Lindqvist Liu López Lozano Lund Lutz Ma Mahmoud Mäkinen Malik Mancini Marín Markovic Martin Martínez
Matsumoto Mazur Medina Mehta Meier Mendes Mensah Mishra Molina Moreau Moreno Morris Müller Murphy Mwangi Nagy
Nakamura Navarro Ndlovu Nguyen Nielsen Nilsson Novak Nowak Nwosu O'Brien O'Connor Obi Oduya Okafor Okonkwo
Oliveira Olsen Ortiz Owusu Öztürk Papadopoulos Park Patel Pavlović Pereira Perez Petrov Pham Popescu Popov Quispe
Rahman Ramírez Rao Reddy Reyes Ribeiro Richter Rivera Rodrigues Rodríguez Romano Rossi Rousseau Russo Sahin
Saito Salazar Sánchez Santos Sato Schmidt Schneider Schulz Sharma Silva Singh Sokolov Suárez Suzuki Svensson
Szabó Takahashi Tanaka Tran Türk Vargas Varga Vasquez Vega Virtanen Vo Vogel Volkov Wagner Walsh Wang Watanabe
Weber Wiśniewski Wójcik Wong Wu Xu Yamamoto Yamada Yang Yıldız Yilmaz Yusuf Zając Zhang Zhao Zhou Zimmermann
Żukowski Østergaard Ångström Ñúñez Šimić Čech
`
  .trim()
  .split(/\s+/);
