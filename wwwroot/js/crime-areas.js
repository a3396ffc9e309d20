// The crime-area vocabulary of the extraction contract, for the filter's choices.
export const crimeAreas = [
  'child-sexual-exploitation', 'drug-trafficking', 'cybercrime', 'human-trafficking', 'migrant-smuggling',
  'financial-crime', 'terrorism', 'firearms-trafficking', 'environmental-crime', 'illicit-goods',
  'organised-crime', 'cultural-property', 'corruption',
];
