package io.newsflow.ingest.feed;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stops a SAX parse as soon as elements nest deeper than {@link #MAX_DEPTH}. Real feeds nest about
 * ten deep (plus the HTML of an Atom {@code type="xhtml"} body), but a hostile one can nest
 * hundreds of thousands deep in a body that gzips to a few KB: JDOM's building is quadratic in the
 * depth (minutes of CPU for such a body) and Rome's XHTML output recurses per level until the stack
 * overflows. Counting while parsing refuses such a body after reading at most {@code MAX_DEPTH}
 * start tags of the chain. One instance per {@code SAXBuilder}, so per thread; the count restarts
 * with every document.
 */
final class XmlDepthLimit extends XMLFilterImpl {
    /** Deepest element nesting accepted, root = 1; far beyond any real feed, far below harm. */
    static final int MAX_DEPTH = 256;

    private Locator locator;
    private int depth;

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        depth = 0;
        super.startDocument();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
            throws SAXException {
        if (++depth > MAX_DEPTH) {
            throw new TooDeep(locator);
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        super.endElement(uri, localName, qName);
    }

    /** The parse was stopped at the limit; {@link FeedParser} reports it as {@code too-deep}. */
    static final class TooDeep extends SAXParseException {
        private static final long serialVersionUID = 1L;

        TooDeep(Locator locator) {
            super(
                    "elements nested deeper than "
                            + MAX_DEPTH
                            + " levels (the poller's nesting limit; real feeds need far fewer)",
                    locator);
        }
    }
}
