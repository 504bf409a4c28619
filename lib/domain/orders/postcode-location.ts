/**
 * Where a Spanish delivery goes, to the precision promise dates need: the first two digits of a
 * postcode are the province (01..52); we use the province capital's coordinates and its region code.
 */
export type PostcodeLocation = { province: string; provinceName: string; lat: number; lng: number; region: string };

// [province code, capital / province, lat, lng, ISO 3166-2:ES community]
const PROVINCES: readonly (readonly [string, string, number, number, string])[] = [
  ["01", "Vitoria-Gasteiz", 42.8467, -2.6716, "PV"],
  ["02", "Albacete", 38.9943, -1.8585, "CM"],
  ["03", "Alicante", 38.3452, -0.481, "VC"],
  ["04", "Almería", 36.8381, -2.4597, "AN"],
  ["05", "Ávila", 40.6565, -4.6818, "CL"],
  ["06", "Badajoz", 38.8794, -6.9707, "EX"],
  ["07", "Palma", 39.5696, 2.6502, "IB"],
  ["08", "Barcelona", 41.3874, 2.1686, "CT"],
  ["09", "Burgos", 42.3439, -3.6969, "CL"],
  ["10", "Cáceres", 39.4753, -6.3724, "EX"],
  ["11", "Cádiz", 36.5271, -6.2886, "AN"],
  ["12", "Castellón de la Plana", 39.9864, -0.0513, "VC"],
  ["13", "Ciudad Real", 38.9848, -3.9274, "CM"],
  ["14", "Córdoba", 37.8882, -4.7794, "AN"],
  ["15", "A Coruña", 43.3623, -8.4115, "GA"],
  ["16", "Cuenca", 40.0704, -2.1374, "CM"],
  ["17", "Girona", 41.9794, 2.8214, "CT"],
  ["18", "Granada", 37.1773, -3.5986, "AN"],
  ["19", "Guadalajara", 40.6331, -3.1669, "CM"],
  ["20", "San Sebastián", 43.3183, -1.9812, "PV"],
  ["21", "Huelva", 37.2614, -6.9447, "AN"],
  ["22", "Huesca", 42.1401, -0.4089, "AR"],
  ["23", "Jaén", 37.7796, -3.7849, "AN"],
  ["24", "León", 42.5987, -5.5671, "CL"],
  ["25", "Lleida", 41.6176, 0.62, "CT"],
  ["26", "Logroño", 42.4627, -2.445, "RI"],
  ["27", "Lugo", 43.0097, -7.5568, "GA"],
  ["28", "Madrid", 40.4168, -3.7038, "MD"],
  ["29", "Málaga", 36.7213, -4.4214, "AN"],
  ["30", "Murcia", 37.9922, -1.1307, "MC"],
  ["31", "Pamplona", 42.8125, -1.6458, "NC"],
  ["32", "Ourense", 42.3358, -7.8639, "GA"],
  ["33", "Oviedo", 43.3614, -5.8593, "AS"],
  ["34", "Palencia", 42.0095, -4.5288, "CL"],
  ["35", "Las Palmas de Gran Canaria", 28.1235, -15.4363, "CN"],
  ["36", "Pontevedra", 42.431, -8.6444, "GA"],
  ["37", "Salamanca", 40.9701, -5.6635, "CL"],
  ["38", "Santa Cruz de Tenerife", 28.4636, -16.2518, "CN"],
  ["39", "Santander", 43.4623, -3.81, "CB"],
  ["40", "Segovia", 40.9429, -4.1088, "CL"],
  ["41", "Sevilla", 37.3891, -5.9845, "AN"],
  ["42", "Soria", 41.7665, -2.479, "CL"],
  ["43", "Tarragona", 41.1189, 1.2445, "CT"],
  ["44", "Teruel", 40.3457, -1.1065, "AR"],
  ["45", "Toledo", 39.8628, -4.0273, "CM"],
  ["46", "Valencia", 39.4699, -0.3763, "VC"],
  ["47", "Valladolid", 41.6523, -4.7245, "CL"],
  ["48", "Bilbao", 43.263, -2.935, "PV"],
  ["49", "Zamora", 41.5034, -5.7467, "CL"],
  ["50", "Zaragoza", 41.6488, -0.8891, "AR"],
  ["51", "Ceuta", 35.8894, -5.3213, "CE"],
  ["52", "Melilla", 35.2923, -2.9381, "ML"],
];

const BY_CODE = new Map(PROVINCES.map(([code, provinceName, lat, lng, region]) => [code, { province: code, provinceName, lat, lng, region }]));

/** Five digits, province 01..52: the rule the address form and the API both apply. */
export const SPANISH_POSTCODE = /^(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}$/;

/** The province capital a Spanish postcode belongs to, or null when it is not a valid Spanish postcode. */
export function postcodeLocation(postcode: string): PostcodeLocation | null {
  const code = postcode.trim();
  if (!SPANISH_POSTCODE.test(code)) return null;
  return BY_CODE.get(code.slice(0, 2)) ?? null;
}
