// Reading the palette the API serves (/api/vocabulary): colours are defined once, on the server.

/** The colour of a community number, cycling through the palette's community colours. */
export function communityColour(palette, community) {
  const colours = palette.communities;
  const n = Number.isInteger(community) ? community : 0;
  return colours[((n % colours.length) + colours.length) % colours.length];
}
