package vn.civicsquiz.teacher.format.moodlexml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.civicsquiz.platform.problem.Say;

/**
 * A small element tree of a Moodle XML file, each element with the line it starts on. Read with StAX with DTDs and
 * external entities off (no entity can expand, nothing outside the file is fetched) and bounded in size and depth,
 * so a hostile file costs no more than its bytes.
 */
final class XmlNode {

    static final int MAX_ELEMENTS = 200_000;
    static final int MAX_DEPTH = 32;

    final String name;
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    final int line;
    private final StringBuilder text = new StringBuilder();

    private XmlNode(String name, Map<String, String> attributes, int line) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
    }

    /** A file Moodle would not read. */
    static final class Malformed extends Exception {
        final int line;
        final Say say;

        Malformed(int line, String vietnamese, String english) {
            super(english, null, false, false);
            this.line = line;
            this.say = new Say(vietnamese, english);
        }
    }

    static XmlNode parse(String xml) throws Malformed {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<XmlNode> open = new ArrayList<>();
        XmlNode root = null;
        int elements = 0;
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                int line = reader.getLocation().getLineNumber();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new Malformed(line, "Tệp câu hỏi không được có DOCTYPE",
                            "a DOCTYPE is not allowed in a question file");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > MAX_ELEMENTS) {
                            throw new Malformed(line, "Tệp có hơn " + MAX_ELEMENTS + " phần tử",
                                    "the file has more than " + MAX_ELEMENTS + " elements");
                        }
                        if (open.size() >= MAX_DEPTH) {
                            throw new Malformed(line, "Các phần tử lồng nhau sâu hơn " + MAX_DEPTH + " cấp",
                                    "elements are nested more than " + MAX_DEPTH + " deep");
                        }
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        XmlNode node = new XmlNode(reader.getLocalName(), attributes, line);
                        if (open.isEmpty()) {
                            root = node;
                        } else {
                            open.get(open.size() - 1).children.add(node);
                        }
                        open.add(node);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.get(open.size() - 1).text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            String detail = firstLine(e.getMessage());
            throw new Malformed(line, "XML không đúng cú pháp: " + detail, "not well-formed XML: " + detail);
        } finally {
            close(reader);
        }
        if (root == null) {
            throw new Malformed(1, "Tệp không có phần tử XML nào", "the file holds no XML element");
        }
        return root;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int cut = m.lastIndexOf("Message: ");
        return (cut >= 0 ? m.substring(cut + 9) : m).lines().findFirst().orElse("").strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release: the input is a string
            }
        }
    }

    String attribute(String key) {
        return attributes.get(key);
    }

    Optional<XmlNode> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The element's own text. */
    String text() {
        return text.toString();
    }

    /** Moodle's {@code <x><text>…</text></x>}: the text of the child's {@code text}, or "" when there is none. */
    String textOf(String childName) {
        return child(childName).flatMap(c -> c.child("text")).map(XmlNode::text).orElse("");
    }
}
