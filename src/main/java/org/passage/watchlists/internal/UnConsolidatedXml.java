package org.passage.watchlists.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.passage.watchlists.InvalidWatchlistInput;

/**
 * The UN Security Council consolidated list in its own XML ({@code CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL},
 * {@code ENTITIES/ENTITY}), read with StAX one designation at a time. DTDs and external entities are refused.
 * A truncated file fails at the point where it ends, naming the line and the designation being read.
 */
final class UnConsolidatedXml implements EntitySource {

    private static final int MAX_RECORD_CHARS = 1 << 20;

    private final InputStream in;
    private final String name;
    private final String dataset;

    UnConsolidatedXml(InputStream in, String name, String dataset) {
        this.in = in;
        this.name = name;
        this.dataset = dataset;
    }

    @Override
    public void read(Consumer<SourcedEntity> consumer) {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        String current = "";
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            boolean root = false;
            int index = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = xml.getLocalName();
                if (!root) {
                    if (!element.equals("CONSOLIDATED_LIST")) {
                        throw new InvalidWatchlistInput(where(xml), element, "expected the root element CONSOLIDATED_LIST");
                    }
                    root = true;
                    continue;
                }
                if (element.equals("INDIVIDUAL") || element.equals("ENTITY")) {
                    index++;
                    current = " (" + element + " #" + index + ")";
                    String start = where(xml);
                    Node record = Node.read(xml, MAX_RECORD_CHARS);
                    String location = start + " (" + element + " DATAID " + record.text("DATAID") + ")";
                    consumer.accept(new SourcedEntity(UnDesignation.map(record, element.equals("INDIVIDUAL"), location, dataset), location));
                    current = "";
                }
            }
            if (!root) {
                throw new InvalidWatchlistInput(name, "", "empty: no CONSOLIDATED_LIST element");
            }
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            String location = name + (at == null ? "" : " line " + at.getLineNumber() + " column " + at.getColumnNumber()) + current;
            String message = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
            throw new InvalidWatchlistInput(location, "", "malformed or truncated XML: " + message, e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the input stream is closed by whoever opened it
                }
            }
        }
    }

    private String where(XMLStreamReader xml) {
        return name + " line " + xml.getLocation().getLineNumber();
    }

    /** A small element tree: one designation, read whole (it is a few kilobytes) so it can be mapped by name. */
    record Node(String name, String text, List<Node> children) {

        static Node read(XMLStreamReader xml, int maxChars) throws XMLStreamException {
            int[] budget = {maxChars};
            return readElement(xml, budget);
        }

        private static Node readElement(XMLStreamReader xml, int[] budget) throws XMLStreamException {
            String name = xml.getLocalName();
            var text = new StringBuilder();
            List<Node> children = new ArrayList<>();
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> children.add(readElement(xml, budget));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        budget[0] -= xml.getTextLength();
                        if (budget[0] < 0) {
                            throw new InvalidWatchlistInput("line " + xml.getLocation().getLineNumber(), name, "designation larger than " + (1 << 20) + " characters");
                        }
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        return new Node(name, text.toString().strip(), children);
                    }
                    default -> {
                    }
                }
            }
        }

        String text(String child) {
            for (Node c : children) {
                if (c.name.equals(child)) {
                    return c.text;
                }
            }
            return "";
        }

        List<Node> all(String child) {
            return children.stream().filter(c -> c.name.equals(child)).toList();
        }
    }
}
