// A name's last word: its surname, which later mentions and attributions use alone.

/** A name's last word, its surname: "Tom Ebeling" → "Ebeling". */
export const lastWordOf = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
