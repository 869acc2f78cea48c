/** Invented-name material for fictitious candidates (combinations, not real people). */
export const NOMS = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon',
  'Laurent', 'Lefèbvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard',
  'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier',
  'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Müller', 'Henry', 'Roussel', 'Nicolas', 'Perrin', 'Morin', 'Mathieu',
  'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin', "N'Diaye", 'Le Goff', 'Œillet',
  'Cazals', 'Puech', 'Fabre', 'Vidal', 'Bousquet', 'Delpech', 'Carrère', 'Lafon', 'Sabatier', 'Baylac', 'Marty',
  'Ferrand', 'Pujol', 'Soulié', 'Castaing', 'Benhamou', 'Nguyen', 'Da Silva', 'Ben Saïd', 'Lacoste', 'Estève',
];
export const PRENOMS = [
  'Léa', 'Chloé', 'Manon', 'Inès', 'Camille', 'Sarah', 'Zoé', 'Jade', 'Louise', 'Lucie', 'Noé', 'Hugo', 'Lucas',
  'Théo', 'Nathan', 'Enzo', 'Louis', 'Raphaël', 'Gabriel', 'Mathis', 'Élodie', 'Maël', 'Anaïs', 'Jérôme', 'Clément',
  'Loïc', 'Océane', 'Yanis', 'Sofiane', 'Aïcha', 'Björn', 'Anne-Sophie', 'Jean-Baptiste', 'Cécile', 'François',
  'Emma', 'Axel', 'Clara', 'Baptiste', 'Lina', 'Quentin', 'Margaux', 'Romain', 'Mélissa', 'Kevin', 'Pauline', 'Adrien',
];
