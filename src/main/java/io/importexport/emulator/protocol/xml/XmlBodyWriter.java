package io.importexport.emulator.protocol.xml;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Writes an {@link XmlBody}: sized first (its {@code Content-Length}), then its bytes to the connection. */
public final class XmlBodyWriter implements MessageBodyWriter<XmlBody> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == XmlBody.class;
    }

    @Override
    public void writeTo(XmlBody body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        XmlEnvelopes.writeTo(body.envelope(), out, length -> headers.putSingle(HttpHeaders.CONTENT_LENGTH, length));
    }
}
