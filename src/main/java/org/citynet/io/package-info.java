/** Reads the inputs (cities, links) into the model, reporting every problem with file and line. */
package org.citynet.io;
