/**
 * PDF files, read with Apache PDFBox: the text layer in reading order (columns, running headers and
 * footers, hyphenation), paragraphs rebuilt, page boundaries kept.
 */
package org.dossier.article.pdf;
