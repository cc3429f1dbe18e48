package org.dossier.article.feed;

import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that never process a DTD, never resolve an entity and never open a URL: a feed's
 * {@code <!DOCTYPE>} is skipped, and every entity it declares (a billion laughs, an external file or
 * URL) stays an unexpanded reference for the caller to drop. The JDK's own implementation is used,
 * whatever else is on the class path. Factories are created per call (they are not thread-safe to
 * configure); readers are confined to their caller.
 */
final class SafeXml {
    private SafeXml() {
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Undeclared (and DTD-declared) entities come back as ENTITY_REFERENCE events, unexpanded.
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("Dossier does not fetch " + systemId);
        });
        return factory.createXMLStreamReader(in);
    }
}
