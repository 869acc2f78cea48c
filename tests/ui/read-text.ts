/**
 * A French count (`2 550 candidats`, thousands apart with a thin no-break space) as toHaveTextContent reads the page:
 * it turns every space of the page's text into a plain one, not those of the text it is given.
 */
export const asRead = (text: string) => text.replace(/\s/g, ' ');
