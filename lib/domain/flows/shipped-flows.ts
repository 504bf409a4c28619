import type { FlowDocument } from "./document";

export type ShippedFlow = { slug: string; name: string; document: FlowDocument };

/** The flows every store gets on a fresh install; managers edit copies of these. */
export const SHIPPED_FLOWS: ShippedFlow[] = [
  {
    slug: "welcome",
    name: "Welcome",
    document: {
      title: "Welcome",
      description: "Greet, introduce yourself, and find out whether they have been in before.",
      start: "greet",
      steps: [
        { id: "greet", say: "Hello, welcome in! I'm {associate}. Take your time, I'm here if you need anything.", why: "A warm hello in the first minute makes a sale twice as likely.", next: "ask-name" },
        { id: "ask-name", say: "May I ask your name?", why: "People remember the associate who remembered them.", question: { kind: "free", label: "Their name", captures: "name" }, next: "been-before" },
        {
          id: "been-before",
          say: "Have you shopped with us before?",
          why: "If they have, their sizes and past buys are one tap away.",
          question: { kind: "choice", choices: [{ id: "yes", label: "Yes" }, { id: "no", label: "No, first time" }] },
          branches: [{ when: { answer: "yes" }, goto: "find-customer" }, { when: { answer: "no" }, goto: "first-time" }],
        },
        { id: "find-customer", say: "Let me look you up, it only takes a second.", why: "Search by phone or email; never read their details aloud.", action: "find_customer", next: null },
        { id: "first-time", say: "Lovely! Let me know what brings you in today.", why: "Open questions start the conversation better than yes/no ones.", next: null },
      ],
    },
  },
  {
    slug: "find-it",
    name: "Find it for them",
    document: {
      title: "Find it for them",
      description: "What they want, in which size, for what; then find it here, elsewhere, or an alternative.",
      start: "looking-for",
      steps: [
        { id: "looking-for", say: "What are you looking for today?", why: "Let them describe it; it tells you what matters to them.", question: { kind: "free", label: "What they want", captures: "other" }, next: "size" },
        { id: "size", say: "What size do you usually take?", why: "The size fills in the stock grid for you.", question: { kind: "free", label: "Size", captures: "size" }, next: "occasion" },
        { id: "occasion", say: "Is it for anything special?", why: "The occasion sharpens the suggestions.", question: { kind: "free", label: "Occasion", captures: "occasion" }, next: "search" },
        {
          id: "search",
          say: "Let me check what we have for you.",
          why: "Search by name, or scan the box or the shoe on display.",
          action: "open_stores_grid",
          branches: [
            { when: { outcome: "in_stock_here" }, goto: "show-it" },
            { when: { outcome: "only_elsewhere" }, goto: "offer-elsewhere" },
            { when: { outcome: "nowhere" }, goto: "alternatives" },
          ],
        },
        { id: "show-it", say: "We have it here, I'll bring it out for you to try.", why: "Bring the size either side too; feet differ by brand.", next: null },
        {
          id: "offer-elsewhere",
          say: "It's at another store. I can send it to your home, or hold it there for you. It can be with you by {promise_date}.",
          why: "Give the promise date; a date closes more than 'a few days'.",
          question: { kind: "choice", choices: [{ id: "home", label: "Send it home" }, { id: "hold", label: "Hold it" }, { id: "no", label: "No thanks" }] },
          branches: [{ when: { answer: "home" }, goto: "order-home" }, { when: { answer: "hold" }, goto: "hold-it" }, { when: { answer: "no" }, goto: "alternatives" }],
        },
        { id: "order-home", say: "Let's get it ordered to your home.", why: "Check the address aloud with them, not the screen.", action: "order_to_home", next: null },
        { id: "hold-it", say: "I'll hold it for you at that store.", why: "Tell them until when the hold lasts.", action: "hold", next: null },
        { id: "alternatives", say: "We don't have that one, but these are close. Shall I show you?", why: "Suggest two alternatives, not ten.", action: "show_suggestions", next: "log-lost" },
        { id: "log-lost", say: "Thanks for your patience, I've noted what you wanted.", why: "Logging the lost sale tells buying what to stock.", action: "log_lost_sale", next: null },
      ],
    },
  },
  {
    slug: "out-of-stock-rescue",
    name: "Out-of-stock rescue",
    document: {
      title: "Out-of-stock rescue",
      description: "When their size is gone: other stores, home delivery, or a close alternative.",
      start: "check-stores",
      steps: [
        {
          id: "check-stores",
          say: "That size has gone here, let me check our other stores for you.",
          why: "Never end on 'we don't have it'.",
          action: "open_stores_grid",
          branches: [
            { when: { outcome: "in_stock_here" }, goto: "found-here" },
            { when: { outcome: "only_elsewhere" }, goto: "offer" },
            { when: { outcome: "nowhere" }, goto: "alternatives" },
          ],
        },
        { id: "found-here", say: "Good news, we have one in the stockroom. I'll fetch it.", why: "Stock counts lag; the stockroom is worth a look.", next: null },
        {
          id: "offer",
          say: "I can send it to your home by {promise_date}, or hold it at that store.",
          why: "Offer both; let them choose.",
          question: { kind: "choice", choices: [{ id: "home", label: "Send it home" }, { id: "hold", label: "Hold it" }, { id: "no", label: "No thanks" }] },
          branches: [{ when: { answer: "home" }, goto: "order-home" }, { when: { answer: "hold" }, goto: "hold-it" }, { when: { answer: "no" }, goto: "alternatives" }],
        },
        { id: "order-home", say: "Let's order it to your home.", why: "Confirm the promise date before they pay.", action: "order_to_home", next: null },
        { id: "hold-it", say: "I'll hold it for you there.", why: "Tell them until when.", action: "hold", next: null },
        { id: "alternatives", say: "Here are a couple that are close in style and fit.", why: "Same last and heel height feel the most alike.", action: "show_suggestions", next: "log-lost" },
        { id: "log-lost", say: "I've noted it so we can get more in.", why: "A logged lost sale is how sizes get restocked.", action: "log_lost_sale", next: null },
      ],
    },
  },
  {
    slug: "capture-consent",
    name: "Capture with consent",
    document: {
      title: "Capture with consent",
      description: "Offer to keep their details, saying plainly what they will receive; a 'no' is remembered.",
      start: "explain",
      steps: [
        {
          id: "explain",
          say: "Would you like us to keep your sizes on file? You'd get a message when your order is ready, nothing else unless you say so.",
          why: "Say exactly what they will receive; no surprises.",
          question: { kind: "choice", choices: [{ id: "yes", label: "Yes please" }, { id: "no-thanks", label: "No thanks" }] },
          branches: [{ when: { answer: "yes" }, goto: "capture" }, { when: { answer: "no-thanks" }, goto: "no-problem" }],
        },
        { id: "capture", say: "Great, may I take your name and a phone or email?", why: "Type it in front of them so they can check it.", action: "capture_customer", next: "thanks" },
        { id: "thanks", say: "All set, thank you!", why: "They can ask us to delete it any time.", next: null },
        { id: "no-problem", say: "No problem at all.", why: "We won't ask again during this visit.", next: null },
      ],
    },
  },
  {
    slug: "after-sales",
    name: "After-sales",
    document: {
      title: "After-sales",
      description: "Find their order, tell them where it is and what happens next.",
      start: "find-order",
      steps: [
        { id: "find-order", say: "Of course, let me find your order. Do you have the order number, or the phone or email you used?", why: "The number is fastest; the phone works too.", action: "lookup_order", next: "status" },
        { id: "status", say: "Here's where your order is right now.", why: "Read the status as it is; don't guess dates.", next: "what-next" },
        { id: "what-next", say: "Next it will be {next_step}. You'll get a message when it changes.", why: "Ending on the next step leaves them reassured.", next: null },
      ],
    },
  },
  {
    slug: "add-on",
    name: "Add-on at the close",
    document: {
      title: "Add-on at the close",
      description: "One well-chosen extra before they pay.",
      start: "suggest",
      steps: [
        { id: "suggest", say: "These go really well with what you've chosen. Would you like to see one?", why: "Care products and socks suit nearly every shoe sale.", action: "show_suggestions", next: "interested" },
        {
          id: "interested",
          say: "Shall I add it for you?",
          why: "Ask once; a 'no' is fine.",
          question: { kind: "choice", choices: [{ id: "yes", label: "Yes" }, { id: "no", label: "No thanks" }] },
          branches: [{ when: { answer: "yes" }, goto: "added" }, { when: { answer: "no" }, goto: "close" }],
        },
        { id: "added", say: "Lovely, I'll add it to your purchase.", why: "Put it with their items so it's not forgotten.", next: "close" },
        { id: "close", say: "Thank you for coming in, enjoy them!", why: "A thank-you by name ends the visit well.", next: null },
      ],
    },
  },
];
