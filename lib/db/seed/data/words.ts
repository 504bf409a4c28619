/** Model names and sentence parts for believable product copy. */
export const MODEL_NAMES = [
  "Aria", "Alcor", "Albor", "Alisio", "Acacia", "Bahía", "Boreal", "Brezo", "Bruma", "Cala", "Cierzo", "Ciprés",
  "Cobalto", "Cumbre", "Dalia", "Dársena", "Delta", "Duna", "Ébano", "Enebro", "Era", "Estela", "Faro", "Fénix",
  "Fiordo", "Fresno", "Gacela", "Gala", "Garza", "Granito", "Greda", "Halcón", "Helecho", "Hiedra", "Hondo", "Ibón",
  "Índigo", "Iris", "Isla", "Jade", "Jara", "Junco", "Lago", "Lava", "Lince", "Lira", "Lirio", "Luna", "Malva", "Mirlo",
  "Mistral", "Musgo", "Nácar", "Nardo", "Niebla", "Nogal", "Nube", "Ocre", "Ola", "Olivo", "Otero", "Palma", "Pardal",
  "Perla", "Pino", "Quilla", "Rambla", "Río", "Roca", "Rubí", "Salvia", "Sauce", "Sierra", "Teja", "Tejo", "Tora",
  "Trigo", "Ulla", "Umbra", "Vado", "Valle", "Vega", "Viento", "Yedra", "Zafra", "Zarza", "Costa", "Nieve", "Coral",
  "Cerro", "Brasa", "Alma", "Senda", "Rocío", "Solana", "Tramo", "Orilla", "Mena", "Altea", "Oria",
];

export const OPENERS: Record<string, string[]> = {
  FW: [
    "A {adj} {noun} in {material}, built on a {last} last.",
    "{brand} makes the {model} from {material} and sets it on a {sole}.",
    "Cut from {material}, the {model} keeps a clean, {style} line.",
    "The {model} pairs {material} with a {sole} that grips on wet pavements.",
    "Hand-finished edges and {material} give this {noun} its {style} character.",
  ],
  AP: [
    "A {fit}-fit {noun} in {material}.",
    "{brand} cuts the {model} from {material} for a {fit} fit that keeps its shape.",
    "The {model} is made from {material}, garment-washed for a soft hand.",
    "An easy {style} {noun} in {material}, with neat, flat seams.",
  ],
  AC: [
    "The {model} {noun} in {material}.",
    "{brand} makes the {model} from {material}, built to last for years.",
    "A {style} {noun} in {material}, finished by hand.",
  ],
};

export const CLOSERS: Record<string, string[]> = {
  classic: ["It is the kind of piece that looks better every year you wear it.", "Wear it with tailoring or denim alike.", "A quiet classic that goes with almost everything."],
  sporty: ["Light enough for training, comfortable enough for all day.", "Made to move: breathable, flexible and quick to dry.", "Built for the gym, the park and everything in between."],
  trend: ["A statement piece for evenings out and weekends.", "This season's silhouette, ready to pair with your favourite pieces.", "Bold enough to build an outfit around."],
  outdoor: ["Ready for rain, rough paths and long weekends away.", "Tough enough for the hills, comfortable enough for the city.", "Designed for changeable weather and days outside."],
  office: ["Polished enough for the office, comfortable enough for the commute.", "A smart choice for meetings and long working days.", "Sharp and understated, from the first meeting to dinner."],
};

export const SOLES = ["cushioned rubber sole", "stacked leather sole", "lightweight EVA sole", "grippy lug sole", "crepe sole"];
