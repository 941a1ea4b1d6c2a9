#include "taskdefinition.h"

namespace RestGate {

bool InputDefinition::matchesKey(const QString &key) const
{
    if (name.compare(key, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &alias : aliases) {
        if (alias.compare(key, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString InputDefinition::labelForOption(const QString &value) const
{
    for (const InputOption &option : options) {
        if (option.value == value)
            return option.label;
    }
    return value;
}

QString TaskDefinition::reference() const
{
    return name + QLatin1Char('@') + QString::number(majorVersion);
}

QString TaskDefinition::versionText() const
{
    return QStringLiteral("%1.%2.%3").arg(majorVersion).arg(minorVersion).arg(patchVersion);
}

const InputDefinition *TaskDefinition::input(const QString &nameOrAlias) const
{
    for (const InputDefinition &definition : inputs) {
        if (definition.matchesKey(nameOrAlias))
            return &definition;
    }
    return nullptr;
}

const InputGroup *TaskDefinition::group(const QString &groupName) const
{
    for (const InputGroup &g : groups) {
        if (g.name == groupName)
            return &g;
    }
    return nullptr;
}

namespace {

// Both versions share the verbs, in task.json order (the key is also the label).
QList<InputOption> httpMethods()
{
    QList<InputOption> options;
    for (const char *verb : {"OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE", "TRACE", "PATCH"})
        options.append({QString::fromLatin1(verb), QString::fromLatin1(verb)});
    return options;
}

QList<InputOption> completionEvents()
{
    return {{QStringLiteral("true"), QStringLiteral("Callback")},
            {QStringLiteral("false"), QStringLiteral("ApiResponse")}};
}

// The help texts below are verbatim from task.json, including the U+200B the task ships in two of them.
const QString waitForCompletionHelp = QStringLiteral(
    "Default value \"ApiResponse\". Available values :  \"ApiResponse\", \"Callback\" call where the REST API calls "
    "back to update the timeline record\u200B.");
const QString headersHelp =
    QStringLiteral("Define header in JSON format. The header shall be attached with request to be sent.");

TaskDefinition makeV1()
{
    TaskDefinition t;
    t.id = QStringLiteral("9C3E8943-130D-4C78-AC63-8AF81DF62DFB");
    t.name = QStringLiteral("InvokeRESTAPI");
    t.friendlyName = QStringLiteral("Invoke REST API");
    t.description = QStringLiteral("Invoke a REST API as a part of your pipeline.");
    t.helpUrl = QStringLiteral("https://docs.microsoft.com/azure/devops/pipelines/tasks/utility/http-rest-api");
    t.majorVersion = 1;
    t.minorVersion = 274;
    t.patchVersion = 1;
    t.instanceNameFormat = QStringLiteral("Invoke REST API: $(method)");
    t.groups = {{QStringLiteral("completionOptions"), QStringLiteral("Advanced"), false}};

    using Type = InputDefinition::Type;
    InputDefinition selector;
    selector.name = QStringLiteral("connectedServiceNameSelector");
    selector.aliases = {QStringLiteral("connectionType")};
    selector.type = Type::PickList;
    selector.typeText = QStringLiteral("pickList");
    selector.label = QStringLiteral("Connection type");
    selector.required = true;
    selector.help = QStringLiteral("Select the service connection type to use to invoke the REST API.");
    selector.defaultValue = QStringLiteral("connectedServiceName");
    selector.options = {{QStringLiteral("connectedServiceName"), QStringLiteral("Generic")},
                        {QStringLiteral("connectedServiceNameARM"), QStringLiteral("Azure Resource Manager")},
                        {QStringLiteral("connectedServiceNameAzureDevOps"), QStringLiteral("Azure DevOps")}};
    t.inputs.append(selector);

    InputDefinition generic;
    generic.name = QStringLiteral("connectedServiceName");
    generic.aliases = {QStringLiteral("serviceConnection"), QStringLiteral("genericService")};
    generic.type = Type::ConnectedService;
    generic.typeText = QStringLiteral("connectedService:Generic");
    generic.label = QStringLiteral("Generic service connection");
    generic.required = true;
    generic.help =
        QStringLiteral("Select a generic service connection that should be used to pick the URL and construct "
                       "authorization header for the http request.");
    generic.visibleRule = QStringLiteral("connectedServiceNameSelector = connectedServiceName");
    t.inputs.append(generic);

    InputDefinition arm;
    arm.name = QStringLiteral("connectedServiceNameARM");
    arm.aliases = {QStringLiteral("azureServiceConnection"), QStringLiteral("azureSubscription")};
    arm.type = Type::ConnectedService;
    arm.typeText = QStringLiteral("connectedService:AzureRM");
    arm.label = QStringLiteral("Azure subscription");
    arm.required = true;
    arm.help = QStringLiteral("Select an Azure Resource Manager subscription to use for invoking a management API. "
                              "'ManagementPortalUrl' of the cloud is used as the baseURL");
    arm.visibleRule = QStringLiteral("connectedServiceNameSelector = connectedServiceNameARM");
    t.inputs.append(arm);

    InputDefinition devops;
    devops.name = QStringLiteral("connectedServiceNameAzureDevOps");
    devops.aliases = {QStringLiteral("azureDevOpsServiceConnection")};
    devops.type = Type::ConnectedService;
    devops.typeText = QStringLiteral("connectedService:WorkloadIdentityUser");
    devops.label = QStringLiteral("Azure DevOps service connection");
    devops.required = true;
    devops.help =
        QStringLiteral("Select an Azure DevOps service connection to use for invoking Azure DevOps REST APIs. "
                       "The service connection URL is used as the baseURL.");
    devops.visibleRule = QStringLiteral("connectedServiceNameSelector = connectedServiceNameAzureDevOps");
    t.inputs.append(devops);

    InputDefinition method;
    method.name = QStringLiteral("method");
    method.type = Type::PickList;
    method.typeText = QStringLiteral("pickList");
    method.label = QStringLiteral("Method");
    method.required = true;
    method.defaultValue = QStringLiteral("POST");
    method.options = httpMethods();
    method.help = QStringLiteral("Select the HTTP method with which the API should be invoked.");
    t.inputs.append(method);

    InputDefinition headers;
    headers.name = QStringLiteral("headers");
    headers.type = Type::MultiLine;
    headers.typeText = QStringLiteral("multiLine");
    headers.label = QStringLiteral("Headers");
    // Every line that ends with a comma carries a trailing space, exactly as task.json has it.
    headers.defaultValue = QStringLiteral("{\n\"Content-Type\":\"application/json\", \n"
                                          "\"PlanUrl\": \"$(system.CollectionUri)\", \n"
                                          "\"ProjectId\": \"$(system.TeamProjectId)\", \n"
                                          "\"HubName\": \"$(system.HostType)\", \n"
                                          "\"PlanId\": \"$(system.PlanId)\", \n"
                                          "\"JobId\": \"$(system.JobId)\", \n"
                                          "\"TimelineId\": \"$(system.TimelineId)\", \n"
                                          "\"TaskInstanceId\": \"$(system.TaskInstanceId)\", \n"
                                          "\"AuthToken\": \"$(system.AccessToken)\"\n}");
    headers.maxLength = 2000;
    headers.rows = 10;
    headers.help = headersHelp;
    t.inputs.append(headers);

    InputDefinition body;
    body.name = QStringLiteral("body");
    body.type = Type::MultiLine;
    body.typeText = QStringLiteral("multiLine");
    body.label = QStringLiteral("Body");
    body.maxLength = 2000;
    body.rows = 3;
    body.visibleRule = QStringLiteral("method != GET && method != HEAD");
    t.inputs.append(body); // V1's body has no help text.

    InputDefinition suffix;
    suffix.name = QStringLiteral("urlSuffix");
    suffix.type = Type::String;
    suffix.typeText = QStringLiteral("string");
    suffix.label = QStringLiteral("URL suffix and parameters");
    suffix.help = QStringLiteral(
        "Given string append to the URL. Example: If the service connection URL is "
        "https:...TestProj/_apis/Release/releases and the URL suffix is /2/environments/1, the service connection URL "
        "becomes https:.../TestProj/_apis/Release/releases/2/environments/1. If the URL suffix is "
        "?definitionId=1&releaseCount=1 then the service connection URL becomes "
        "https//...TestProj/_apis/Release/releases?definitionId=1&releaseCount=1.");
    t.inputs.append(suffix);

    InputDefinition wait;
    wait.name = QStringLiteral("waitForCompletion");
    wait.type = Type::PickList;
    wait.typeText = QStringLiteral("pickList");
    wait.label = QStringLiteral("Completion event");
    wait.defaultValue = QStringLiteral("false");
    wait.required = true;
    wait.help = waitForCompletionHelp;
    wait.group = QStringLiteral("completionOptions");
    wait.options = completionEvents();
    t.inputs.append(wait);

    InputDefinition criteria;
    criteria.name = QStringLiteral("successCriteria");
    criteria.type = Type::String;
    criteria.typeText = QStringLiteral("string");
    criteria.label = QStringLiteral("Success criteria");
    criteria.help = QStringLiteral(
        "Criteria which defines when to pass the task. No criteria means response content does not influence the "
        "result. Example:- For response {\"status\" : \"successful\"}, the expression can be eq(root['status'], "
        "'successful'). [More information](https://go.microsoft.com/fwlink/?linkid=842996)\u200B");
    criteria.group = QStringLiteral("completionOptions");
    criteria.visibleRule = QStringLiteral("waitForCompletion = false");
    t.inputs.append(criteria);
    return t;
}

TaskDefinition makeV0()
{
    TaskDefinition t;
    t.id = QStringLiteral("9C3E8943-130D-4C78-AC63-8AF81DF62DFB");
    t.name = QStringLiteral("InvokeRESTAPI");
    t.friendlyName = QStringLiteral("Invoke REST API");
    t.description = QStringLiteral("Invoke REST API as a part of your process.");
    t.helpUrl = QStringLiteral("https://docs.microsoft.com/en-us/vsts/build-release/tasks/utility/http-rest-api");
    t.majorVersion = 0;
    t.minorVersion = 0;
    t.patchVersion = 8;
    t.instanceNameFormat = QStringLiteral("Invoke REST API: $(method)");
    t.groups = {{QStringLiteral("completionOptions"), QStringLiteral("Completion Options"), false}};

    using Type = InputDefinition::Type;
    InputDefinition generic;
    generic.name = QStringLiteral("connectedServiceName");
    generic.aliases = {QStringLiteral("serviceConnection")};
    generic.type = Type::ConnectedService;
    generic.typeText = QStringLiteral("connectedService:Generic");
    generic.label = QStringLiteral("Generic endpoint");
    generic.required = true;
    generic.help = QStringLiteral("Select a generic endpoint that should be used to pick the url and construct "
                                  "authorization header for the http request.");
    t.inputs.append(generic);

    InputDefinition method;
    method.name = QStringLiteral("method");
    method.type = Type::PickList;
    method.typeText = QStringLiteral("pickList");
    method.label = QStringLiteral("Method");
    method.required = true;
    method.defaultValue = QStringLiteral("POST");
    method.options = httpMethods();
    method.help = QStringLiteral("Select the http method with which the API should be invoked with.");
    t.inputs.append(method);

    InputDefinition headers;
    headers.name = QStringLiteral("headers");
    headers.type = Type::MultiLine;
    headers.typeText = QStringLiteral("multiLine");
    headers.label = QStringLiteral("Headers");
    headers.defaultValue = QStringLiteral("{\n\"Content-Type\":\"application/json\"\n}");
    headers.maxLength = 500;
    headers.rows = 3;
    headers.help = headersHelp;
    t.inputs.append(headers);

    InputDefinition body;
    body.name = QStringLiteral("body");
    body.type = Type::MultiLine;
    body.typeText = QStringLiteral("multiLine");
    body.label = QStringLiteral("Body");
    // No space before "AuthToken", exactly as the deployed definition has it.
    body.defaultValue = QStringLiteral(
        "{\"JobId\": \"$(system.jobId)\", \"PlanId\": \"$(system.planId)\", \"TimelineId\": \"$(system.timelineId)\", "
        "\"ProjectId\": \"$(system.teamProjectId)\", \"VstsUrl\": \"$(system.CollectionUri)\",\"AuthToken\": "
        "\"$(system.AccessToken)\"}");
    body.maxLength = 2000;
    body.rows = 3;
    body.visibleRule = QStringLiteral("method != GET && method != HEAD");
    t.inputs.append(body);

    InputDefinition suffix;
    suffix.name = QStringLiteral("urlSuffix");
    suffix.type = Type::String;
    suffix.typeText = QStringLiteral("string");
    suffix.label = QStringLiteral("Url suffix string");
    suffix.help = QStringLiteral(
        "Given string append to the url. Example: If endpoint url is https:...TestProj/_apis/Release/releases and url "
        "suffix is /2/environments/1, endpoint url becomes https:.../TestProj/_apis/Release/releases/2/environments/1. "
        "If url suffix is ?definitionId=1&releaseCount=1 then endpoint url becomes "
        "https//...TestProj/_apis/Release/releases?definitionId=1&releaseCount=1.");
    t.inputs.append(suffix);

    InputDefinition wait;
    wait.name = QStringLiteral("waitForCompletion");
    wait.type = Type::PickList;
    wait.typeText = QStringLiteral("pickList");
    wait.label = QStringLiteral("Complete based on");
    wait.defaultValue = QStringLiteral("false");
    wait.required = true;
    wait.help = waitForCompletionHelp;
    wait.group = QStringLiteral("completionOptions");
    wait.options = completionEvents();
    t.inputs.append(wait);

    InputDefinition criteria;
    criteria.name = QStringLiteral("successCriteria");
    criteria.type = Type::String;
    criteria.typeText = QStringLiteral("string");
    criteria.label = QStringLiteral("Success criteria");
    criteria.help = QStringLiteral(
        "Criteria which defines when to pass the task. No criteria means response content does not influence the "
        "result. Example:- For response {\"status\" : \"successful\"}, the expression can be eq(root['status'], "
        "'successful'). [More Information](https://go.microsoft.com/fwlink/?linkid=842996)\u200B");
    criteria.group = QStringLiteral("completionOptions");
    criteria.visibleRule = QStringLiteral("waitForCompletion = false");
    t.inputs.append(criteria);
    return t;
}

} // namespace

const TaskDefinition &TaskDefinition::invokeRestApiV1()
{
    static const TaskDefinition definition = makeV1();
    return definition;
}

const TaskDefinition &TaskDefinition::invokeRestApiV0()
{
    static const TaskDefinition definition = makeV0();
    return definition;
}

QList<const TaskDefinition *> TaskDefinition::all()
{
    return {&invokeRestApiV1(), &invokeRestApiV0()};
}

const TaskDefinition *TaskDefinition::forReference(const QString &reference)
{
    const qsizetype at = reference.indexOf(QLatin1Char('@'));
    if (at < 0)
        return nullptr;
    const QStringView taskName = QStringView(reference).left(at).trimmed();
    const QStringView version = QStringView(reference).mid(at + 1).trimmed();
    const qsizetype dot = version.indexOf(QLatin1Char('.'));
    bool ok = false;
    const int major = version.left(dot < 0 ? version.size() : dot).toInt(&ok);
    if (!ok)
        return nullptr;
    for (const TaskDefinition *definition : all()) {
        // A step may name the task by its GUID as well as by its name.
        const bool sameTask = taskName.compare(definition->name, Qt::CaseInsensitive) == 0
            || taskName.compare(definition->id, Qt::CaseInsensitive) == 0;
        if (sameTask && definition->majorVersion == major)
            return definition;
    }
    return nullptr;
}

} // namespace RestGate
