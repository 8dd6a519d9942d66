/** Immutable records passed between the pipeline stages; no library types appear here. */
package org.citynet.model;
