/**
 * The XML of the AWS Query protocol for Import/Export: one JAXB class per envelope and result, bound once to
 * the versioned namespace here, serialized by {@link io.importexport.emulator.protocol.xml.XmlEnvelopes}.
 */
@XmlSchema(namespace = XmlEnvelopes.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = XmlEnvelopes.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
