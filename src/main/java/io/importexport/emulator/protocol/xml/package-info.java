/**
 * The XML of the AWS Query protocol for Import/Export: one JAXB class per envelope and result, bound once to
 * the versioned namespace here, serialized by {@link io.importexport.emulator.protocol.xml.XmlEnvelopes}.
 * <p>
 * Two departures from the plain way (each envelope marshalled by JAXB through {@code XmlTextEscaper}), kept because
 * {@code python3 bench/run.py --variant} shows each buys more than 5% on a throughput row (docs/performance.md):
 * <ul>
 *   <li><b>JAXB's UTF-8 output</b> ({@code XmlEnvelopes.CheckedOutput}): with an escape handler installed, JAXB writes
 *   through its SAX writer, one buffered character at a time; its own UTF-8 output escapes and encodes in one pass.
 *   The escaper is needed only for a text holding a carriage return or a character XML cannot carry, and such an
 *   envelope is written again through it. Buys CreateJob, GetStatus, ListJobs and the mixed workload.
 *   Pinned by {@code XmlEnvelopesPropertiesTest.writesWhatTheEscaperWrites} and the golden files.</li>
 *   <li><b>ListJobs members written once</b> ({@link io.importexport.emulator.protocol.xml.ListJobsMembers}, one per
 *   server): a page's hundred members are most of its cost, and they rarely change. Buys ListJobs and the mixed
 *   workload. Pinned by {@code XmlEnvelopesPropertiesTest.aListJobsPageIsWhatJaxbWritesWhole}.</li>
 * </ul>
 */
@XmlSchema(namespace = QueryResponse.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED,
        xmlns = @XmlNs(prefix = "", namespaceURI = QueryResponse.NAMESPACE))
@XmlAccessorType(XmlAccessType.FIELD)
package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
