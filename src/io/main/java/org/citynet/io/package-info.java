/**
 * Reads the inputs (cities, links) into the model, reporting every problem with file, line and
 * column, what is wrong and what to do.
 *
 * <p>Whatever arrives is either read correctly or refused with an {@link
 * org.citynet.io.InputException}: workbooks, images and UTF-16 files are recognised by their first
 * bytes, invalid UTF-8 is located to the byte, European exports (';' or tab delimiters, decimal
 * commas) are read with a note, and files are streamed so that a million rows read in seconds.
 */
package org.citynet.io;
