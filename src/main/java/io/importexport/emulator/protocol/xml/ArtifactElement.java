package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** One {@code <member>} of an {@code ArtifactList}. */
@XmlType(propOrder = {"description", "url"})
public final class ArtifactElement {
    /** The element that carries a document's URL. */
    public static final String URL_ELEMENT = "URL";
    @XmlElement(name = "Description")
    private String description;
    @XmlElement(name = URL_ELEMENT)
    private String url;

    ArtifactElement() {
    }

    public ArtifactElement(String description, String url) {
        this.description = description;
        this.url = url;
    }
}
