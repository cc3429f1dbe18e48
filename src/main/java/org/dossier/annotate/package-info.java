/** Entity annotation: finds people, organisations, places, dates, quantities and nationalities in plain text (JDK only). */
package org.dossier.annotate;
