package io.importexport.emulator.domain.job;

import java.util.List;
import java.util.Map;

/**
 * @param jobIds  {@code jobIds.member.N} in index order
 * @param address the address parameters that were sent ({@code name}, {@code street1}, ...), by name
 */
public record ShippingLabelRequest(List<String> jobIds, Map<String, String> address) {
}
