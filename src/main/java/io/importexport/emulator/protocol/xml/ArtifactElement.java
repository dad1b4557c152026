package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;

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

    @Override
    public boolean equals(Object other) {
        return other instanceof ArtifactElement that && Objects.equals(description, that.description)
                && Objects.equals(url, that.url);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(description) * 31 + Objects.hashCode(url);
    }
}
