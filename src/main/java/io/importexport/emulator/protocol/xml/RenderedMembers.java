package io.importexport.emulator.protocol.xml;

import io.importexport.emulator.protocol.xml.ListJobsResult.JobElement;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code <member>} elements of ListJobs pages as JAXB writes them, each written once and then copied. A member
 * changes only when its job is canceled, and a client lists the same jobs again and again; writing a page of 100
 * members through JAXB took 40-46 µs in JMH, about two thirds of what the framework's ceiling spends on a whole
 * request. Kept for up to {@value #KEPT} members, then all dropped at once and written anew as they are listed: a few
 * pages' worth, whatever the number of jobs stored. The bytes of a member are cut from a page of one written by JAXB, so they are what JAXB
 * writes in a page (XmlEnvelopesPropertiesTest compares whole pages both ways).
 */
final class RenderedMembers {
    static final int KEPT = 4096;
    private static final byte[] JOBS_START = "<Jobs>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JOBS_END = "</Jobs>".getBytes(StandardCharsets.US_ASCII);

    private static final Map<JobElement, byte[]> RECENT = new ConcurrentHashMap<>();

    private RenderedMembers() {
    }

    /** The page's members, in its order, each as JAXB writes it. */
    static List<byte[]> of(List<JobElement> members) {
        List<byte[]> rendered = new ArrayList<>(members.size());
        for (JobElement member : members) {
            rendered.add(of(member));
        }
        return rendered;
    }

    private static byte[] of(JobElement member) {
        byte[] seen = RECENT.get(member);
        if (seen != null) {
            return seen;
        }
        if (RECENT.size() >= KEPT) {
            RECENT.clear();
        }
        byte[] bytes = render(member);
        RECENT.put(member, bytes);
        return bytes;
    }

    /** What JAXB writes between {@code <Jobs>} and {@code </Jobs>} for a page of this member alone. */
    private static byte[] render(JobElement member) {
        byte[] page = XmlEnvelopes.toBytesWhole(QueryResponse.of("ListJobs", new ListJobsResult(List.of(member), false), ""));
        // texts are escaped, so neither tag can occur inside the member
        return Arrays.copyOfRange(page, indexOf(page, JOBS_START) + JOBS_START.length, indexOf(page, JOBS_END));
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int at = 0; at <= bytes.length - part.length; at++) {
            if (Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
                return at;
            }
        }
        throw new IllegalStateException("no " + new String(part, StandardCharsets.US_ASCII) + " in a ListJobs page");
    }
}
