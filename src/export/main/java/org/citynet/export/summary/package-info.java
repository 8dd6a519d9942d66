/**
 * Writes the run summary {@code NAME-summary.json}: every network-level figure, the settings, seed,
 * version, input checksums and stage timings, under the keys of {@link
 * org.citynet.export.schema.OutputColumns#summary()}.
 */
package org.citynet.export.summary;
