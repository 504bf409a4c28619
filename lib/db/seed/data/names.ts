/** Common Spanish given names and surnames (accents kept: search must cope with them). */
export const FEMALE_NAMES = [
  "María", "Carmen", "Ana", "Isabel", "Laura", "Lucía", "Marta", "Cristina", "Paula", "Elena", "Sara", "Raquel",
  "Pilar", "Beatriz", "Nuria", "Silvia", "Julia", "Irene", "Patricia", "Rocío", "Andrea", "Sofía", "Alba", "Claudia",
  "Marina", "Inés", "Mónica", "Teresa", "Rosa", "Ángela", "Natalia", "Eva", "Noelia", "Lorena", "Verónica", "Begoña",
  "Ainhoa", "Nerea", "Montserrat", "Mercedes", "Dolores", "Carla", "Daniela", "Valeria", "Martina", "Aitana", "Noa",
  "Leire", "Iratxe", "Núria", "Maite", "Olga", "Susana", "Yolanda", "Gemma", "Judith", "Miren", "Xènia", "Uxía",
];

export const MALE_NAMES = [
  "José", "Antonio", "Manuel", "Francisco", "David", "Juan", "Javier", "Daniel", "Carlos", "Jesús", "Alejandro",
  "Miguel", "Rafael", "Pablo", "Sergio", "Fernando", "Jorge", "Luis", "Alberto", "Álvaro", "Adrián", "Diego", "Raúl",
  "Iván", "Rubén", "Óscar", "Andrés", "Ramón", "Enrique", "Vicente", "Joaquín", "Santiago", "Víctor", "Mario", "Hugo",
  "Marcos", "Íñigo", "Jaime", "Gonzalo", "Ignacio", "Nicolás", "Martín", "Lucas", "Mateo", "Aitor", "Unai", "Jordi",
  "Xavier", "Pau", "Oriol", "Xabier", "Borja", "Tomás", "Agustín", "Emilio", "Julián", "Germán", "Ángel", "Rodrigo",
];

export const SURNAMES = [
  "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
  "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro",
  "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez",
  "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias", "Medina", "Garrido", "Cortés",
  "Castillo", "Santos", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Vidal", "León",
  "Márquez", "Herrera", "Peña", "Flores", "Cabrera", "Campos", "Vega", "Fuentes", "Carrasco", "Diez", "Caballero",
  "Reyes", "Nieto", "Aguilar", "Pascual", "Santana", "Herrero", "Montero", "Lorenzo", "Hidalgo", "Giménez", "Ibáñez",
  "Ferrer", "Durán", "Santiago", "Benítez", "Mora", "Vicente", "Vargas", "Arias", "Carmona", "Crespo", "Román",
  "Pastor", "Soto", "Sáez", "Velasco", "Moya", "Soler", "Parra", "Esteban", "Bravo", "Gallardo", "Rojas", "Etxeberria",
  "Aguirre", "Puig", "Ferrández", "Quintana", "Beltrán", "Figueroa", "Pujol", "Zubizarreta", "Otero", "Rivas",
];

/** Lower-case, accent-free, single-spaced: what customers.name_search holds. */
export function searchName(first: string, last: string): string {
  return `${first} ${last}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
