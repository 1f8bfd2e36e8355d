package io.qualgraph.api;

import java.io.IOException;

import io.qualgraph.ingest.Bundle;
import io.qualgraph.ingest.BundleIngest;
import io.qualgraph.ingest.CsvIngest;
import io.qualgraph.ingest.IngestSettings;
import io.qualgraph.ingest.IngestSummary;
import io.qualgraph.ingest.sources.crm.CrmImport;
import io.qualgraph.support.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Bulk ingest (admin): a JSON bundle or one CSV section per request, all rows or none. */
@RestController
@RequestMapping(path = "/api/ingest", produces = MediaType.APPLICATION_JSON_VALUE)
class IngestController {

    private final BundleIngest bundles;
    private final CsvIngest csv;
    private final IngestSettings limits;
    private final JsonMapper json;
    private final CrmImport crm;

    IngestController(BundleIngest bundles, CsvIngest csv, IngestSettings limits, JsonMapper json, CrmImport crm) {
        this.bundles = bundles;
        this.csv = csv;
        this.crm = crm;
        this.limits = limits;
        this.json = json;
    }

    @PostMapping(path = "/bundle", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ingest a bundle: every row or none; 400 lists every bad row, 413 beyond the size limit")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Bundle.class)))
    IngestSummary bundle(HttpServletRequest request) throws IOException {
        byte[] body = RequestBodies.read(request, limits.maxBytes().toBytes());
        Bundle bundle = json.readValue(body, Bundle.class);
        if (bundle == null) {
            throw Problem.invalid("$", "must be a bundle object, was null");
        }
        if (bundle.rowCount() > limits.maxRows()) {
            throw Problem.tooLarge("The bundle has " + bundle.rowCount() + " rows, more than the limit of "
                    + limits.maxRows() + " (qualgraph.ingest.max-rows); split it, or use the command line import");
        }
        return bundles.ingest(bundle);
    }

    @PostMapping(path = "/csv/{section}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Ingest one bundle section as CSV (header row of field names; section committee: "
            + "opportunity,contact,role; lead attributes as a JSON column 'attributes' or columns 'attributes.KEY')")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    IngestSummary csv(@PathVariable String section, HttpServletRequest request) throws IOException {
        byte[] body = RequestBodies.read(request, limits.maxBytes().toBytes());
        return csv.ingest(section, new String(body, java.nio.charset.StandardCharsets.UTF_8), limits.maxRows());
    }

    @PostMapping(path = "/crm/{mapping}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import a CRM export as leads by its real column names: mapping hubspot-contacts (HubSpot "
            + "contacts export) or salesforce-leads (Salesforce leads export or report); all rows or none")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = "string")))
    IngestSummary crm(@PathVariable String mapping, HttpServletRequest request) throws IOException {
        byte[] body = RequestBodies.read(request, limits.maxBytes().toBytes());
        return crm.importExport(mapping, new String(body, java.nio.charset.StandardCharsets.UTF_8), limits.maxRows());
    }
}
