// The plain shapes PDF text travels in: positioned text items in, lines and paragraphs with pages out.

/** One run of text as pdf.js reports it, in PDF points with y growing upwards (the baseline). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  /** Advance width of the run. */
  w: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
}

export interface PdfPageText {
  items: PdfItem[];
  width: number;
  height: number;
}

/** A line segment of one page: items on one baseline with no wide gap between them. */
export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** 1-based page number. */
  page: number;
}

/** A paragraph of reading text; `pageStarts` are offsets into `text` where a new page begins. */
export interface PdfParagraph {
  text: string;
  size: number;
  page: number;
  pageStarts: { offset: number; page: number }[];
}
