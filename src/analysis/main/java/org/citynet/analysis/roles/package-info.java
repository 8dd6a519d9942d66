/**
 * The role each city plays in its cluster: within-cluster degree z-score, participation coefficient
 * and the seven roles R1–R7 of Guimerà and Amaral.
 */
package org.citynet.analysis.roles;
