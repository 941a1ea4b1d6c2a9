#include "core/design/taskdefinition.h"

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

InputDefinition makeInput(const QString &name, InputDefinition::Type type, const QString &typeText,
                          const QString &label, const QString &help)
{
    InputDefinition input;
    input.name = name;
    input.type = type;
    input.typeText = typeText;
    input.label = label;
    input.help = help;
    return input;
}

InputDefinition connectionInput(const QString &name, const QStringList &aliases, const QString &typeText,
                                const QString &label, const QString &help, const QString &visibleRule)
{
    InputDefinition input = makeInput(name, InputDefinition::Type::ConnectedService, typeText, label, help);
    input.aliases = aliases;
    input.required = true;
    input.visibleRule = visibleRule;
    return input;
}

InputDefinition methodInput(const QString &help)
{
    InputDefinition input = makeInput(QStringLiteral("method"), InputDefinition::Type::PickList,
                                      QStringLiteral("pickList"), QStringLiteral("Method"), help);
    input.required = true;
    input.defaultValue = QStringLiteral("POST");
    input.options = httpMethods();
    return input;
}

InputDefinition multiLineInput(const QString &name, const QString &label, const QString &help,
                               const QString &defaultValue, int maxLength, int rows)
{
    InputDefinition input = makeInput(name, InputDefinition::Type::MultiLine, QStringLiteral("multiLine"), label, help);
    input.defaultValue = defaultValue;
    input.maxLength = maxLength;
    input.rows = rows;
    return input;
}

InputDefinition bodyInput(const QString &defaultValue)
{
    // Neither version gives the body a help text.
    InputDefinition input =
        multiLineInput(QStringLiteral("body"), QStringLiteral("Body"), QString(), defaultValue, 2000, 3);
    input.visibleRule = QStringLiteral("method != GET && method != HEAD");
    return input;
}

InputDefinition urlSuffixInput(const QString &label, const QString &help)
{
    return makeInput(QStringLiteral("urlSuffix"), InputDefinition::Type::String, QStringLiteral("string"), label, help);
}

InputDefinition completionInput(const QString &label)
{
    InputDefinition input = makeInput(QStringLiteral("waitForCompletion"), InputDefinition::Type::PickList,
                                      QStringLiteral("pickList"), label, waitForCompletionHelp);
    input.defaultValue = QStringLiteral("false");
    input.required = true;
    input.group = QStringLiteral("completionOptions");
    input.options = completionEvents();
    return input;
}

// The two versions differ only in the case of "More information" in the link text.
InputDefinition criteriaInput(const QString &moreInformation)
{
    InputDefinition input = makeInput(
        QStringLiteral("successCriteria"), InputDefinition::Type::String, QStringLiteral("string"),
        QStringLiteral("Success criteria"),
        QStringLiteral("Criteria which defines when to pass the task. No criteria means response content does not "
                       "influence the result. Example:- For response {\"status\" : \"successful\"}, the expression "
                       "can be eq(root['status'], 'successful'). [%1](https://go.microsoft.com/fwlink/?linkid=842996)"
                       "\u200B")
            .arg(moreInformation));
    input.group = QStringLiteral("completionOptions");
    input.visibleRule = QStringLiteral("waitForCompletion = false");
    return input;
}

TaskDefinition makeCommon(int major, int minor, int patch, const QString &description, const QString &helpUrl,
                          const QString &groupName)
{
    TaskDefinition t;
    t.id = QStringLiteral("9C3E8943-130D-4C78-AC63-8AF81DF62DFB");
    t.name = QStringLiteral("InvokeRESTAPI");
    t.friendlyName = QStringLiteral("Invoke REST API");
    t.description = description;
    t.helpUrl = helpUrl;
    t.majorVersion = major;
    t.minorVersion = minor;
    t.patchVersion = patch;
    t.instanceNameFormat = QStringLiteral("Invoke REST API: $(method)");
    t.groups = {{QStringLiteral("completionOptions"), groupName, false}};
    return t;
}

TaskDefinition makeV1()
{
    TaskDefinition t = makeCommon(1, 274, 1, QStringLiteral("Invoke a REST API as a part of your pipeline."),
                                  QStringLiteral("https://docs.microsoft.com/azure/devops/pipelines/tasks/utility/"
                                                 "http-rest-api"),
                                  QStringLiteral("Advanced"));

    InputDefinition selector =
        makeInput(QStringLiteral("connectedServiceNameSelector"), InputDefinition::Type::PickList,
                  QStringLiteral("pickList"), QStringLiteral("Connection type"),
                  QStringLiteral("Select the service connection type to use to invoke the REST "
                                 "API."));
    selector.aliases = {QStringLiteral("connectionType")};
    selector.required = true;
    selector.defaultValue = QStringLiteral("connectedServiceName");
    selector.options = {{QStringLiteral("connectedServiceName"), QStringLiteral("Generic")},
                        {QStringLiteral("connectedServiceNameARM"), QStringLiteral("Azure Resource Manager")},
                        {QStringLiteral("connectedServiceNameAzureDevOps"), QStringLiteral("Azure DevOps")}};
    t.inputs.append(selector);
    t.inputs.append(connectionInput(
        QStringLiteral("connectedServiceName"), {QStringLiteral("serviceConnection"), QStringLiteral("genericService")},
        QStringLiteral("connectedService:Generic"), QStringLiteral("Generic service connection"),
        QStringLiteral("Select a generic service connection that should be used to pick the URL and construct "
                       "authorization header for the http request."),
        QStringLiteral("connectedServiceNameSelector = connectedServiceName")));
    t.inputs.append(connectionInput(
        QStringLiteral("connectedServiceNameARM"),
        {QStringLiteral("azureServiceConnection"), QStringLiteral("azureSubscription")},
        QStringLiteral("connectedService:AzureRM"), QStringLiteral("Azure subscription"),
        QStringLiteral("Select an Azure Resource Manager subscription to use for invoking a management API. "
                       "'ManagementPortalUrl' of the cloud is used as the baseURL"),
        QStringLiteral("connectedServiceNameSelector = connectedServiceNameARM")));
    t.inputs.append(connectionInput(
        QStringLiteral("connectedServiceNameAzureDevOps"), {QStringLiteral("azureDevOpsServiceConnection")},
        QStringLiteral("connectedService:WorkloadIdentityUser"), QStringLiteral("Azure DevOps service connection"),
        QStringLiteral("Select an Azure DevOps service connection to use for invoking Azure DevOps REST APIs. The "
                       "service connection URL is used as the baseURL."),
        QStringLiteral("connectedServiceNameSelector = connectedServiceNameAzureDevOps")));
    t.inputs.append(methodInput(QStringLiteral("Select the HTTP method with which the API should be invoked.")));
    // Every line that ends with a comma carries a trailing space, exactly as task.json has it.
    t.inputs.append(multiLineInput(QStringLiteral("headers"), QStringLiteral("Headers"), headersHelp,
                                   QStringLiteral("{\n\"Content-Type\":\"application/json\", \n"
                                                  "\"PlanUrl\": \"$(system.CollectionUri)\", \n"
                                                  "\"ProjectId\": \"$(system.TeamProjectId)\", \n"
                                                  "\"HubName\": \"$(system.HostType)\", \n"
                                                  "\"PlanId\": \"$(system.PlanId)\", \n"
                                                  "\"JobId\": \"$(system.JobId)\", \n"
                                                  "\"TimelineId\": \"$(system.TimelineId)\", \n"
                                                  "\"TaskInstanceId\": \"$(system.TaskInstanceId)\", \n"
                                                  "\"AuthToken\": \"$(system.AccessToken)\"\n}"),
                                   2000, 10));
    t.inputs.append(bodyInput(QString()));
    t.inputs.append(urlSuffixInput(
        QStringLiteral("URL suffix and parameters"),
        QStringLiteral("Given string append to the URL. Example: If the service connection URL is "
                       "https:...TestProj/_apis/Release/releases and the URL suffix is /2/environments/1, the service "
                       "connection URL becomes https:.../TestProj/_apis/Release/releases/2/environments/1. If the URL "
                       "suffix is ?definitionId=1&releaseCount=1 then the service connection URL becomes "
                       "https//...TestProj/_apis/Release/releases?definitionId=1&releaseCount=1.")));
    t.inputs.append(completionInput(QStringLiteral("Completion event")));
    t.inputs.append(criteriaInput(QStringLiteral("More information")));
    return t;
}

TaskDefinition makeV0()
{
    TaskDefinition t = makeCommon(0, 0, 8, QStringLiteral("Invoke REST API as a part of your process."),
                                  QStringLiteral("https://docs.microsoft.com/en-us/vsts/build-release/tasks/utility/"
                                                 "http-rest-api"),
                                  QStringLiteral("Completion Options"));
    t.inputs.append(connectionInput(
        QStringLiteral("connectedServiceName"), {QStringLiteral("serviceConnection")},
        QStringLiteral("connectedService:Generic"), QStringLiteral("Generic endpoint"),
        QStringLiteral("Select a generic endpoint that should be used to pick the url and construct authorization "
                       "header for the http request."),
        QString()));
    t.inputs.append(methodInput(QStringLiteral("Select the http method with which the API should be invoked with.")));
    t.inputs.append(multiLineInput(QStringLiteral("headers"), QStringLiteral("Headers"), headersHelp,
                                   QStringLiteral("{\n\"Content-Type\":\"application/json\"\n}"), 500, 3));
    // No space before "AuthToken", exactly as the deployed definition has it.
    t.inputs.append(bodyInput(QStringLiteral(
        "{\"JobId\": \"$(system.jobId)\", \"PlanId\": \"$(system.planId)\", \"TimelineId\": \"$(system.timelineId)\", "
        "\"ProjectId\": \"$(system.teamProjectId)\", \"VstsUrl\": \"$(system.CollectionUri)\",\"AuthToken\": "
        "\"$(system.AccessToken)\"}")));
    t.inputs.append(urlSuffixInput(
        QStringLiteral("Url suffix string"),
        QStringLiteral("Given string append to the url. Example: If endpoint url is "
                       "https:...TestProj/_apis/Release/releases and url suffix is /2/environments/1, endpoint url "
                       "becomes https:.../TestProj/_apis/Release/releases/2/environments/1. If url suffix is "
                       "?definitionId=1&releaseCount=1 then endpoint url becomes "
                       "https//...TestProj/_apis/Release/releases?definitionId=1&releaseCount=1.")));
    t.inputs.append(completionInput(QStringLiteral("Complete based on")));
    t.inputs.append(criteriaInput(QStringLiteral("More Information")));
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
