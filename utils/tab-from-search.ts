// The tab a Keyquote page is pointed at by its address (`?tab=ID`: side panel, tests), or null.

export function tabFromSearch(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}
