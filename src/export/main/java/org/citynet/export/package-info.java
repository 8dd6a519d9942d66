/** What every writer of the results shares, such as the cluster colours. */
package org.citynet.export;
