package io.importexport.emulator.protocol.xml;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

import javax.xml.namespace.QName;

/**
 * The success envelope of every operation, named after it:
 * <pre>
 * &lt;CreateJobResponse xmlns="http://importexport.amazonaws.com/doc/2010-06-01/"&gt;
 *   &lt;CreateJobResult&gt;...&lt;/CreateJobResult&gt;
 *   &lt;ResponseMetadata&gt;&lt;RequestId&gt;...&lt;/RequestId&gt;&lt;/ResponseMetadata&gt;
 * &lt;/CreateJobResponse&gt;
 * </pre>
 * The result wrapper is mandatory: without it boto3 and the AWS CLI fail and the SDKs for Java and JavaScript
 * silently return nothing (clients.md §7).
 */
@XmlType(propOrder = {"result", "responseMetadata"})
public final class QueryResponse {
    /** The versioned namespace of every envelope, success and error alike: package-info binds the package to it. */
    public static final String NAMESPACE = "http://importexport.amazonaws.com/doc/2010-06-01/";

    @XmlAnyElement(lax = true)
    private JAXBElement<?> result;
    @XmlElement(name = "ResponseMetadata")
    private ResponseMetadata responseMetadata;

    QueryResponse() {
    }

    /** {@code <{operation}Response>} around {@code <{operation}Result>}, one of the result types of this package. */
    public static <R> JAXBElement<QueryResponse> of(String operation, R result, String requestId) {
        QueryResponse envelope = new QueryResponse();
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) result.getClass();
        envelope.result = new JAXBElement<>(new QName(NAMESPACE, operation + "Result"), type, result);
        envelope.responseMetadata = new ResponseMetadata(requestId);
        return new JAXBElement<>(new QName(NAMESPACE, operation + "Response"), QueryResponse.class, envelope);
    }

    static final class ResponseMetadata {
        @XmlElement(name = "RequestId")
        private String requestId;

        ResponseMetadata() {
        }

        ResponseMetadata(String requestId) {
            this.requestId = requestId;
        }
    }
}
