/**
 * The entity profile view: everything the library says about one entity, each item one click from
 * the article behind it.
 */
package org.dossier.ui.profile;
