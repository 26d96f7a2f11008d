import type { Contact, SandboxState } from "./SandboxState.js";
import { zoomJoinUrl } from "./zoomJoinUrl.js";

const HOME = "/Users/you";

const contact = (
  id: number,
  firstName: string,
  lastName: string,
  phones: [string, string][],
  emails: [string, string][],
): Contact => ({
  id: `contact-${id}`,
  firstName,
  lastName,
  phones: phones.map(([label, value]) => ({ label, value })),
  emails: emails.map(([label, value]) => ({ label, value })),
});

/**
 * The simulated Mac as it is after `tinyagent sandbox reset`: a week in early June 2025. The data
 * is chosen to exercise lookups: names with diacritics (Lutfi Eren Erdoğan, Zoë Müller, José
 * Ramírez, Søren Nielsen, Lan Nguyễn), two people called Lan and two Müllers (so "Lan" and
 * "Müller" are ambiguous; "Sid" is Sid Sharma alone, as in the paper's examples), several numbers and addresses per person, Priya Patel without an email
 * and Olivia Brown without a phone. Phones are E.164. Returns a fresh object on every call.
 * The file is long because it is data only.
 */
export function createSeedState(): SandboxState {
  return {
    version: 1,
    contacts: [
      contact(
        1,
        "Sid",
        "Sharma",
        [
          ["mobile", "+14155550101"],
          ["work", "+14155550102"],
        ],
        [
          ["work", "sid.sharma@example.com"],
          ["home", "sid@sharma.example.org"],
        ],
      ),
      contact(2, "Lan", "Müller", [["mobile", "+4915112340001"]], [["home", "lan.mueller@example.net"]]),
      contact(
        3,
        "Lutfi Eren",
        "Erdoğan",
        [
          ["mobile", "+14155550142"],
          ["home", "+14155550143"],
        ],
        [
          ["work", "lutfi.erdogan@example.com"],
          ["home", "lutfi@erdogan.example.org"],
        ],
      ),
      contact(
        4,
        "Zoë",
        "Müller",
        [["mobile", "+4917012340002"]],
        [
          ["work", "zoe.mueller@example.net"],
          ["home", "zoe@mueller.example.org"],
        ],
      ),
      contact(
        5,
        "José",
        "Ramírez",
        [
          ["mobile", "+34612340003"],
          ["work", "+34912340004"],
        ],
        [["work", "jose.ramirez@example.com"]],
      ),
      contact(6, "Chloé", "Dubois", [["mobile", "+33612340005"]], [["home", "chloe.dubois@example.org"]]),
      contact(7, "Søren", "Nielsen", [["mobile", "+4520340006"]], [["work", "soren.nielsen@example.net"]]),
      contact(
        8,
        "Björn",
        "Andersson",
        [["mobile", "+46701234007"]],
        [["work", "bjorn.andersson@example.com"]],
      ),
      contact(9, "Lan", "Nguyễn", [["mobile", "+84912340008"]], [["home", "lan.nguyen@example.com"]]),
      contact(
        10,
        "Priya",
        "Patel",
        [
          ["mobile", "+14155550110"],
          ["home", "+14155550111"],
        ],
        [],
      ),
      contact(11, "Olivia", "Brown", [], [["work", "olivia.brown@example.com"]]),
      contact(
        12,
        "Maya",
        "Chen",
        [["mobile", "+14155550112"]],
        [
          ["work", "maya.chen@example.com"],
          ["home", "maya@chen.example.org"],
        ],
      ),
      contact(13, "Noah", "Williams", [["work", "+12125550113"]], [["work", "noah.williams@example.com"]]),
      contact(14, "Mom", "", [["mobile", "+14155550114"]], [["home", "mom@example.org"]]),
    ],
    calendar: {
      calendars: ["Home", "Work", "Family"],
      events: [
        {
          id: "event-1",
          calendar: "Work",
          title: "Team standup",
          start: "2025-06-02 09:30:00",
          end: "2025-06-02 09:45:00",
          location: "Zoom",
          notes: "",
          invitees: ["sid.sharma@example.com", "maya.chen@example.com"],
        },
        {
          id: "event-2",
          calendar: "Home",
          title: "Dentist",
          start: "2025-06-03 08:00:00",
          end: "2025-06-03 09:00:00",
          location: "Bright Smile Dental, 450 Sutter St, San Francisco",
          notes: "Bring the insurance card.",
          invitees: [],
        },
        {
          id: "event-3",
          calendar: "Work",
          title: "Quarterly review",
          start: "2025-06-04 14:00:00",
          end: "2025-06-04 15:00:00",
          location: "Conference Room 4",
          notes: "Bring the Q2 numbers.",
          invitees: ["zoe.mueller@example.net", "lutfi.erdogan@example.com"],
        },
        {
          id: "event-4",
          calendar: "Family",
          title: "Dinner at Mom's",
          start: "2025-06-07 18:30:00",
          end: "2025-06-07 20:30:00",
          location: "",
          notes: "",
          invitees: ["mom@example.org"],
        },
      ],
    },
    mail: {
      account: { name: "You", address: "you@example.com" },
      inbox: [
        {
          id: "message-1",
          from: { name: "Zoë Müller", address: "zoe.mueller@example.net" },
          to: ["you@example.com"],
          cc: [],
          subject: "Berlin offsite agenda",
          date: "2025-05-30 16:12:00",
          body: "Hi! Attached is the draft agenda for the Berlin offsite. Could you check the Friday sessions?\n\nZoë",
        },
        {
          id: "message-2",
          from: { name: "Sid Sharma", address: "sid.sharma@example.com" },
          to: ["you@example.com"],
          cc: ["maya.chen@example.com"],
          subject: "Lunch on Thursday?",
          date: "2025-06-01 11:05:00",
          body: "Hey, are you free for lunch on Thursday around noon? Maya might join too.\n\nSid",
        },
        {
          id: "message-3",
          from: { name: "José Ramírez", address: "jose.ramirez@example.com" },
          to: ["you@example.com"],
          cc: [],
          subject: "Photos from Sevilla",
          date: "2025-06-01 20:40:00",
          body: "Here are the photos from our trip. The one at the Alcázar is my favourite.\n\nJosé",
        },
      ],
      selectedMessageId: "message-2",
      drafts: [],
    },
    messages: { drafts: [] },
    notes: {
      folders: ["Notes", "Work", "Recipes"],
      notes: [
        {
          id: "note-1",
          folder: "Notes",
          title: "Shopping list",
          body: "Milk\nEggs\nSourdough bread\nCoffee beans",
        },
        { id: "note-2", folder: "Notes", title: "Packing list", body: "Passport\nCharger\nRain jacket" },
        {
          id: "note-3",
          folder: "Work",
          title: "Meeting notes",
          body: "Standup: ship the demo build on Friday. Lutfi owns the slides.",
        },
        {
          id: "note-4",
          folder: "Work",
          title: "Q3 Roadmap",
          body: "1. On-device planner\n2. Voice input\n3. Calendar invites",
        },
        {
          id: "note-5",
          folder: "Recipes",
          title: "Pancakes",
          body: "200 g flour, 2 eggs, 300 ml milk, a pinch of salt. Rest the batter for 10 minutes.",
        },
        {
          id: "note-6",
          folder: "Recipes",
          title: "Banana Bread",
          body: "3 ripe bananas, 250 g flour, 100 g butter, 150 g sugar. Bake 60 minutes at 175 °C.",
        },
      ],
    },
    reminders: {
      lists: ["Reminders", "Groceries", "Work"],
      items: [
        {
          id: "reminder-1",
          list: "Reminders",
          name: "Call the dentist",
          notes: "",
          due: "2025-06-02 10:00:00",
          allDay: false,
          priority: 0,
          completed: false,
        },
        {
          id: "reminder-2",
          list: "Reminders",
          name: "Renew passport",
          notes: "Appointment needed",
          due: "2025-07-01",
          allDay: true,
          priority: 5,
          completed: false,
        },
        {
          id: "reminder-3",
          list: "Groceries",
          name: "Oat milk",
          notes: "",
          due: null,
          allDay: false,
          priority: 0,
          completed: false,
        },
        {
          id: "reminder-4",
          list: "Work",
          name: "Send the Q2 report to Zoë",
          notes: "",
          due: "2025-06-04",
          allDay: true,
          priority: 1,
          completed: false,
        },
      ],
    },
    files: {
      home: HOME,
      entries: [
        {
          kind: "pdf",
          path: `${HOME}/Documents/Apple Demo.pdf`,
          title: "Apple Demo",
          pages: [
            "TinyAgent runs a small language model entirely on a Mac. The demo turns a spoken request into a plan of app actions and runs them after approval. " +
              "Planning takes under two seconds on an M1 laptop.\n\n" +
              "The assistant drives Contacts, Calendar, Mail, Messages, Notes, Reminders, Maps and Zoom. Nothing leaves the device.",
          ],
        },
        {
          kind: "pdf",
          path: `${HOME}/Documents/Quarterly Report.pdf`,
          title: "Quarterly Report Q2 2025",
          pages: [
            "Revenue grew 12 percent to 4.2 million dollars in the second quarter. Operating costs stayed flat, so the margin improved to 18 percent. " +
              "Most of the growth came from the new subscription plan.\n\n" +
              "Customer churn fell from 3.1 to 2.4 percent after the onboarding redesign.",
            "Outlook: the team expects revenue of 4.6 million dollars in the third quarter. Hiring is planned for two engineers and one designer.",
          ],
        },
        {
          kind: "pdf",
          path: `${HOME}/Documents/Lease Agreement.pdf`,
          title: "Residential Lease Agreement",
          pages: [
            "This lease runs for twelve months starting on 1 July 2025. The monthly rent is 2,400 dollars, due on the first day of each month. " +
              "The security deposit is one month of rent.\n\n" +
              "Pets are allowed with written consent. Either party may end the lease with sixty days of notice after the first six months.",
          ],
        },
        {
          kind: "pdf",
          path: `${HOME}/Downloads/Flight Itinerary.pdf`,
          title: "Flight Itinerary",
          pages: [
            "Flight LH 455 from San Francisco to Frankfurt departs on 12 June 2025 at 15:40 and arrives on 13 June at 11:15. " +
              "Seat 32A is confirmed. The connection LH 190 to Berlin leaves Frankfurt at 13:05.",
          ],
        },
        {
          kind: "text",
          path: `${HOME}/Desktop/Meeting Agenda.txt`,
          content: "1. Demo rehearsal\n2. Q2 numbers\n3. Berlin offsite logistics\n",
        },
        {
          kind: "text",
          path: `${HOME}/Documents/Budget 2025.csv`,
          content: "month,income,expenses\nJanuary,5200,4100\nFebruary,5200,3900\nMarch,5400,4300\n",
        },
        {
          kind: "text",
          path: `${HOME}/Downloads/Berlin Offsite Agenda.md`,
          content: "# Berlin offsite\n\nFriday: strategy sessions. Saturday: city walk.\n",
        },
      ],
      opened: [],
    },
    zoom: {
      meetings: [
        {
          id: "zoom-1",
          topic: "Weekly sync",
          start: "2025-06-02 16:00:00",
          durationMinutes: 30,
          invitees: ["maya.chen@example.com"],
          joinUrl: zoomJoinUrl(1),
        },
      ],
    },
  };
}
