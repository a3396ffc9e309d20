// Okabe–Ito colours: distinguishable with the common forms of colour blindness. Kinds also differ
// by shape, and edge kinds by line style, so nothing is told by colour alone.

export const kindColours = { country: '#0072b2', agency: '#e69f00', event: '#999999' };
export const kindShapes = { country: 'round-rectangle', agency: 'ellipse', event: 'diamond' };
export const communityColours = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#999999'];

export function communityColour(community) {
  const n = Number.isInteger(community) ? community : 0;
  return communityColours[((n % communityColours.length) + communityColours.length) % communityColours.length];
}
