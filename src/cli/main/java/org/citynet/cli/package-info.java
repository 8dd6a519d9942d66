/** The command line: the only place that sees {@code args} or decides an exit code. */
package org.citynet.cli;
