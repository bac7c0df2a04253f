package dev.practice2fa.policy.api;

import dev.practice2fa.common.problem.Problem;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Describes the problem answers once for the whole API: every 4xx and 5xx response of every
 * operation carries an {@code application/problem+json} body of the {@code Problem} schema, and
 * every operation may answer 500 and 503.
 */
public class ProblemResponses implements OASFilter {
    private static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "ProblemFieldError";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Components components = openApi.getComponents() == null
                ? OASFactory.createComponents() : openApi.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        Schema instant = components.getSchemas().get("Instant");
        if (instant != null && instant.getDescription() == null) {
            instant.description("An instant in UTC, in ISO 8601 form.");
        }
        openApi.setComponents(components);
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        openApi.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                .forEach(ProblemResponses::describeProblems));
    }

    private static void describeProblems(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse()
                    .description("Something failed on the service's side; it has been logged."));
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("A store the service depends on cannot be reached; nothing was "
                            + "changed. Try again shortly."));
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(reference(PROBLEM)));
    }

    private static Schema problemSchema() {
        return object("An RFC 9457 problem document.")
                .addProperty("type", text("A URI naming the kind of problem; stable, so clients "
                        + "may switch on it.", "urn:practice2fa:problem:conflict"))
                .addProperty("title", text("A short summary of the kind of problem.",
                        "The resource changed since it was read"))
                .addProperty("status", OASFactory.createSchema()
                        .addType(SchemaType.INTEGER)
                        .format("int32")
                        .description("The HTTP status code.")
                        .examples(List.of(409)))
                .addProperty("detail", text("What went wrong with this request.",
                        "The setting has changed since version 3 was read."))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("The fields at fault, when the request was not valid.")
                        .items(reference(FIELD_ERROR)))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return object("One invalid field of a request.")
                .addProperty("field", text("Where the field is: a body property or parameter name.",
                        "mode"))
                .addProperty("message", text("What is wrong with it.", "must not be null"))
                .required(List.of("field", "message"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description)
                .examples(List.of(example));
    }

    private static Schema reference(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }
}
