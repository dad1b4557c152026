package io.importexport.emulator.protocol.operation;

import io.importexport.emulator.domain.job.ShippingLabel;
import io.importexport.emulator.domain.job.ShippingLabelRequest;
import io.importexport.emulator.protocol.operation.OperationBinding.ResponseContext;
import io.importexport.emulator.protocol.query.QueryParameters;
import io.importexport.emulator.protocol.xml.GetShippingLabelResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GetShippingLabel (service.md §4.6, §10); its members are lower camel case, unlike every other operation's. */
final class GetShippingLabelOperation {
    private static final List<String> ADDRESS = List.of("name", "company", "phoneNumber", "country", "stateOrProvince",
            "city", "postalCode", "street1", "street2", "street3");

    private GetShippingLabelOperation() {
    }

    static ShippingLabelRequest read(QueryParameters parameters) {
        Map<String, String> address = new LinkedHashMap<>();
        ADDRESS.forEach(name -> parameters.get(name).ifPresent(value -> address.put(name, value)));
        return new ShippingLabelRequest(parameters.list("jobIds"), address);
    }

    static GetShippingLabelResult write(ShippingLabel label, ResponseContext context) {
        String warning = label.jobIds().size() > 1
                ? "One package carries " + label.jobIds().size() + " devices; pack them as the special packaging rules require." : null;
        return new GetShippingLabelResult(context.url(label.path()), warning);
    }
}
