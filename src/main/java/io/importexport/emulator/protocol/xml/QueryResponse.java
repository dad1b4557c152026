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
        envelope.result = new JAXBElement<>(new QName(XmlEnvelopes.NAMESPACE, operation + "Result"), type, result);
        envelope.responseMetadata = new ResponseMetadata(requestId);
        return new JAXBElement<>(new QName(XmlEnvelopes.NAMESPACE, operation + "Response"), QueryResponse.class, envelope);
    }

    /** The result an envelope carries, or null when it is no success envelope. */
    static Object result(Object envelope) {
        return envelope instanceof JAXBElement<?> element && element.getValue() instanceof QueryResponse response
                ? response.result.getValue() : null;
    }

    /** The name of the element of the {@link #result} an envelope carries: {@code <{operation}Result>}. */
    static String resultName(Object envelope) {
        return response(envelope).result.getName().getLocalPart();
    }

    /** The name of the envelope's element: {@code <{operation}Response>}. */
    static String responseName(Object envelope) {
        return ((JAXBElement<?>) envelope).getName().getLocalPart();
    }

    static String requestId(Object envelope) {
        return response(envelope).responseMetadata.requestId;
    }

    /** The envelope with another request id, all else kept. */
    static JAXBElement<QueryResponse> withRequestId(Object envelope, String requestId) {
        return copy(envelope, result(envelope), new ResponseMetadata(requestId));
    }

    /** The envelope of a {@link #result} with another result of the same type in it, names and request id kept. */
    static <R> JAXBElement<QueryResponse> withResult(Object envelope, R result) {
        return copy(envelope, result, response(envelope).responseMetadata);
    }

    private static <R> JAXBElement<QueryResponse> copy(Object envelope, R result, ResponseMetadata responseMetadata) {
        QueryResponse copy = new QueryResponse();
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) result.getClass();
        copy.result = new JAXBElement<>(response(envelope).result.getName(), type, result);
        copy.responseMetadata = responseMetadata;
        return new JAXBElement<>(((JAXBElement<?>) envelope).getName(), QueryResponse.class, copy);
    }

    /** What a success envelope holds; the callers of this package hand only those. */
    private static QueryResponse response(Object envelope) {
        return (QueryResponse) ((JAXBElement<?>) envelope).getValue();
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
