/**
 * Real Spanish cities: centre coordinates, autonomous-community code, the province's postcode
 * prefix and landline prefix. `sites` are the hand-placed stores (the first 24 make the demo chain).
 */
export type HoursKind = "standard" | "sunday" | "lunch";

export type Site = { name: string; street: string; postcode: string; lat: number; lng: number; hours: HoursKind };

export type City = {
  code: string;
  city: string;
  region: string;
  postcodePrefix: string;
  phonePrefix: string;
  lat: number;
  lng: number;
  timezone: "Europe/Madrid" | "Atlantic/Canary";
  /** Population in hundreds of thousands: drives store size, customer share and extra stores. */
  weight: number;
  sites: Site[];
  streets: string[];
};

const MAD = "Europe/Madrid";
const CAN = "Atlantic/Canary";

function city(
  code: string, name: string, region: string, postcodePrefix: string, phonePrefix: string,
  lat: number, lng: number, weight: number, sites: Site[], streets: string[], timezone: City["timezone"] = MAD,
): City {
  return { code, city: name, region, postcodePrefix, phonePrefix, lat, lng, timezone, weight, sites, streets };
}

function site(name: string, street: string, postcode: string, lat: number, lng: number, hours: HoursKind = "standard"): Site {
  return { name, street, postcode, lat, lng, hours };
}

export const CITIES: City[] = [
  city("MAD", "Madrid", "MD", "28", "91", 40.4168, -3.7038, 33, [
    site("Madrid Fuencarral", "Calle de Fuencarral, 45", "28004", 40.4243, -3.7017, "sunday"),
    site("Madrid Serrano", "Calle de Serrano, 52", "28001", 40.4287, -3.6872, "sunday"),
  ], ["Calle de Alcalá", "Calle de Bravo Murillo", "Calle de Arturo Soria", "Paseo de la Castellana", "Calle de Embajadores", "Calle del General Ricardos"]),
  city("BCN", "Barcelona", "CT", "08", "93", 41.3874, 2.1686, 16, [
    site("Barcelona Passeig de Gràcia", "Passeig de Gràcia, 78", "08008", 41.3931, 2.1636, "sunday"),
    site("Barcelona Diagonal", "Avinguda Diagonal, 557", "08029", 41.3891, 2.1356),
  ], ["Carrer de Sants", "Carrer Gran de Gràcia", "Avinguda Meridiana", "Carrer de Pelai", "Rambla del Poblenou"]),
  city("VLC", "Valencia", "VC", "46", "963", 39.4699, -0.3763, 8, [
    site("Valencia Colón", "Carrer de Colón, 18", "46004", 39.4703, -0.3713),
  ], ["Avinguda del Regne de València", "Carrer de Russafa", "Avinguda de Blasco Ibáñez"]),
  city("SVQ", "Sevilla", "AN", "41", "954", 37.3891, -5.9845, 6.8, [
    site("Sevilla Tetuán", "Calle Tetuán, 21", "41001", 37.3908, -5.9953, "sunday"),
  ], ["Avenida de la Constitución", "Calle Asunción", "Avenida Luis de Morales"]),
  city("ZAZ", "Zaragoza", "AR", "50", "976", 41.6488, -0.8891, 6.7, [
    site("Zaragoza Independencia", "Paseo de la Independencia, 24", "50004", 41.6497, -0.8848),
  ], ["Calle de Alfonso I", "Avenida de Goya", "Calle de Delicias"]),
  city("AGP", "Málaga", "AN", "29", "952", 36.7213, -4.4214, 5.8, [
    site("Málaga Larios", "Calle Marqués de Larios, 9", "29005", 36.7196, -4.4213, "sunday"),
  ], ["Calle Nueva", "Avenida de Andalucía", "Calle Héroe de Sostoa"]),
  city("MUR", "Murcia", "MC", "30", "968", 37.9922, -1.1307, 4.6, [
    site("Murcia Gran Vía", "Gran Vía Escultor Salzillo, 12", "30004", 37.9853, -1.1296),
  ], ["Calle Trapería", "Avenida de la Libertad", "Calle Platería"]),
  city("PMI", "Palma", "IB", "07", "971", 39.5696, 2.6502, 4.2, [
    site("Palma Jaume III", "Avinguda de Jaume III, 15", "07012", 39.5716, 2.6449, "sunday"),
  ], ["Carrer de Sant Miquel", "Passeig del Born", "Carrer de Blanquerna"]),
  city("LPA", "Las Palmas de Gran Canaria", "CN", "35", "928", 28.1235, -15.4363, 3.8, [
    site("Las Palmas Triana", "Calle Mayor de Triana, 56", "35002", 28.1043, -15.4153, "sunday"),
  ], ["Calle de León y Castillo", "Avenida de Mesa y López", "Calle Galicia"], CAN),
  city("BIO", "Bilbao", "PV", "48", "944", 43.263, -2.935, 3.5, [
    site("Bilbao Gran Vía", "Gran Vía de Don Diego López de Haro, 31", "48001", 43.2627, -2.9353),
  ], ["Calle de Ercilla", "Calle de Licenciado Poza", "Alameda de Urquijo"]),
  city("ALC", "Alicante", "VC", "03", "965", 38.3452, -0.481, 3.4, [
    site("Alicante Maisonnave", "Avenida de Maisonnave, 33", "03003", 38.3443, -0.4918),
  ], ["Calle de Castaños", "Avenida de Alfonso el Sabio", "Calle San Vicente"]),
  city("COR", "Córdoba", "AN", "14", "957", 37.8882, -4.7794, 3.2, [
    site("Córdoba Cruz Conde", "Calle Cruz Conde, 14", "14001", 37.8859, -4.7807),
  ], ["Avenida del Gran Capitán", "Calle Gondomar", "Avenida de Ronda de los Tejares"]),
  city("VLL", "Valladolid", "CL", "47", "983", 41.6523, -4.7245, 3, [
    site("Valladolid Santiago", "Calle de Santiago, 19", "47001", 41.6511, -4.7282, "lunch"),
  ], ["Calle de María de Molina", "Paseo de Zorrilla", "Calle Duque de la Victoria"]),
  city("VGO", "Vigo", "GA", "36", "986", 42.2406, -8.7207, 2.9, [
    site("Vigo Príncipe", "Rúa do Príncipe, 22", "36202", 42.2368, -8.7207),
  ], ["Rúa Urzaiz", "Gran Vía", "Rúa Doctor Cadaval"]),
  city("GIJ", "Gijón", "AS", "33", "985", 43.5322, -5.6611, 2.7, [
    site("Gijón Corrida", "Calle Corrida, 40", "33206", 43.5423, -5.6628, "lunch"),
  ], ["Calle de los Moros", "Avenida de la Costa", "Calle San Bernardo"]),
  city("LCG", "A Coruña", "GA", "15", "981", 43.3623, -8.4115, 2.5, [
    site("A Coruña Rúa Real", "Rúa Real, 38", "15003", 43.3702, -8.3989),
  ], ["Rúa Ramón y Cajal", "Avenida de Finisterre", "Rúa San Andrés"]),
  city("GRX", "Granada", "AN", "18", "958", 37.1773, -3.5986, 2.3, [
    site("Granada Recogidas", "Calle Recogidas, 27", "18005", 37.1712, -3.6028),
  ], ["Calle Reyes Católicos", "Gran Vía de Colón", "Camino de Ronda"]),
  city("VIT", "Vitoria-Gasteiz", "PV", "01", "945", 42.8467, -2.6716, 2.5, [
    site("Vitoria-Gasteiz Dato", "Calle Dato, 16", "01005", 42.8451, -2.6729, "lunch"),
  ], ["Calle Postas", "Calle San Prudencio", "Avenida de Gasteiz"]),
  city("ELX", "Elche", "VC", "03", "966", 38.2699, -0.7126, 2.3, [
    site("Elche Corredora", "Calle Corredora, 11", "03203", 38.2672, -0.6989),
  ], ["Calle Reina Victoria", "Avenida de la Libertad", "Calle Jorge Juan"]),
  city("OVD", "Oviedo", "AS", "33", "985", 43.3619, -5.8494, 2.2, [
    site("Oviedo Uría", "Calle Uría, 28", "33003", 43.3641, -5.8503, "lunch"),
  ], ["Calle Pelayo", "Calle Fruela", "Calle González Besada"]),
  city("SDR", "Santander", "CB", "39", "942", 43.4623, -3.8099, 1.7, [
    site("Santander San Francisco", "Calle San Francisco, 15", "39003", 43.4628, -3.8061, "lunch"),
  ], ["Calle Burgos", "Calle Isabel II", "Calle Vargas"]),
  city("PNA", "Pamplona", "NC", "31", "948", 42.8125, -1.6458, 2, [
    site("Pamplona Carlos III", "Avenida de Carlos III, 36", "31002", 42.8146, -1.6441, "lunch"),
  ], ["Calle San Ignacio", "Calle Estafeta", "Avenida de Pío XII"]),
  city("SSB", "San Sebastián", "PV", "20", "943", 43.3183, -1.9812, 1.9, [
    site("San Sebastián San Martín", "Calle San Martín, 29", "20005", 43.3176, -1.9842),
  ], ["Calle Loiola", "Avenida de la Libertad", "Calle Urbieta"]),
  city("SAL", "Salamanca", "CL", "37", "923", 40.9701, -5.6635, 1.4, [
    site("Salamanca Toro", "Calle Toro, 34", "37002", 40.9664, -5.6621, "lunch"),
  ], ["Calle Zamora", "Gran Vía", "Paseo de Canalejas"]),
  city("TCI", "Santa Cruz de Tenerife", "CN", "38", "922", 28.4636, -16.2518, 2.1, [
    site("Santa Cruz Castillo", "Calle del Castillo, 41", "38002", 28.4679, -16.2508, "sunday"),
  ], ["Calle Méndez Núñez", "Rambla de Santa Cruz", "Calle San José"], CAN),
  city("CAD", "Cádiz", "AN", "11", "956", 36.5271, -6.2886, 1.2, [
    site("Cádiz Ancha", "Calle Ancha, 12", "11001", 36.5322, -6.2968),
  ], ["Calle Columela", "Calle San Francisco"]),
  city("BUR", "Burgos", "CL", "09", "947", 42.3439, -3.6969, 1.8, [
    site("Burgos Laín Calvo", "Calle Laín Calvo, 21", "09003", 42.3421, -3.7018, "lunch"),
  ], ["Avenida del Cid", "Calle Vitoria"]),
  city("LEO", "León", "CL", "24", "987", 42.5987, -5.5671, 1.2, [
    site("León Ancha", "Calle Ancha, 9", "24003", 42.5988, -5.5688, "lunch"),
  ], ["Avenida de Ordoño II", "Calle Burgo Nuevo"]),
  city("TGN", "Tarragona", "CT", "43", "977", 41.1189, 1.2445, 1.4, [
    site("Tarragona Rambla Nova", "Rambla Nova, 66", "43001", 41.1172, 1.2497),
  ], ["Carrer de la Unió", "Carrer Major"]),
  city("GRO", "Girona", "CT", "17", "972", 41.9794, 2.8214, 1, [
    site("Girona Carrer Nou", "Carrer Nou, 15", "17001", 41.9833, 2.8231),
  ], ["Carrer de Santa Clara", "Gran Via de Jaume I"]),
  city("LOG", "Logroño", "RI", "26", "941", 42.4627, -2.445, 1.5, [
    site("Logroño Portales", "Calle Portales, 48", "26001", 42.4662, -2.4459, "lunch"),
  ], ["Gran Vía del Rey Juan Carlos I", "Calle Vara de Rey"]),
  city("BJZ", "Badajoz", "EX", "06", "924", 38.8794, -6.9707, 1.5, [
    site("Badajoz Menacho", "Calle Menacho, 24", "06001", 38.8771, -6.9719),
  ], ["Avenida de Huelva", "Calle San Juan"]),
  city("ALM", "Almería", "AN", "04", "950", 36.834, -2.4637, 2, [
    site("Almería Paseo", "Paseo de Almería, 37", "04001", 36.8401, -2.4662),
  ], ["Calle de las Tiendas", "Avenida de la Estación"]),
  city("CAS", "Castellón de la Plana", "VC", "12", "964", 39.9864, -0.0513, 1.7, [
    site("Castellón Mayor", "Calle Mayor, 52", "12001", 39.9862, -0.0371),
  ], ["Calle Enmedio", "Avenida del Rey Don Jaime"]),
];
