/** The program's story: read the inputs, build the network, measure it, write the outputs. */
package org.citynet.pipeline;
