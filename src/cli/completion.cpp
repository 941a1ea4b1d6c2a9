#include "cli/completion.h"

#include <QRegularExpression>
#include <QTextStream>

namespace RestGate::Cli {

ValueCompletion ValueCompletion::forName(const QString &valueName)
{
    static const QStringList fileWords = {QStringLiteral("FILE"), QStringLiteral("DESIGN"), QStringLiteral("PIPELINE"),
                                          QStringLiteral("DIR"), QStringLiteral("PATH")};
    static const QRegularExpression choiceWord(QStringLiteral("^[a-z][a-z0-9-]*$"));
    QString name = valueName;
    name.remove(u'[').remove(u']').remove(QStringLiteral("..."));
    const QStringList alternatives = name.split(u'|', Qt::SkipEmptyParts);
    ValueCompletion completion;
    if (alternatives.isEmpty())
        return completion;
    bool allChoices = true;
    for (const QString &alternative : alternatives) {
        const QString word = alternative.trimmed();
        for (const QString &fileWord : fileWords) {
            if (word.startsWith(fileWord)) {
                completion.kind = Kind::File;
                return completion;
            }
        }
        if (word == QLatin1String("COMMAND")) {
            completion.kind = Kind::Command;
            return completion;
        }
        allChoices = allChoices && choiceWord.match(word).hasMatch();
    }
    if (allChoices) {
        completion.kind = Kind::Choice;
        completion.choices = alternatives;
    }
    return completion;
}

namespace {

QStringList spellings(const QCommandLineOption &option)
{
    QStringList result;
    for (const QString &name : option.names())
        result.append(CommandLine::spelling(name));
    return result;
}

bool visible(const QCommandLineOption &option)
{
    return !(option.flags() & QCommandLineOption::HiddenFromHelp);
}

/// A positional argument's completion: its usage syntax when that lists choices ("set|clear"), else its name.
ValueCompletion positionalCompletion(const PositionalArgument &argument)
{
    const ValueCompletion fromSyntax = ValueCompletion::forName(argument.syntax);
    if (fromSyntax.kind != ValueCompletion::Kind::Text)
        return fromSyntax;
    return ValueCompletion::forName(argument.name);
}

// ---- bash ----------------------------------------------------------------------------------------------------

/// The word _restgate_cli_reply takes: @file, @command, @text, or the choices.
QString bashWhat(const ValueCompletion &completion)
{
    switch (completion.kind) {
    case ValueCompletion::Kind::File:
        return QStringLiteral("@file");
    case ValueCompletion::Kind::Command:
        return QStringLiteral("@command");
    case ValueCompletion::Kind::Choice:
        return completion.choices.join(u' ');
    case ValueCompletion::Kind::Text:
        break;
    }
    return QStringLiteral("@text");
}

// ---- zsh -----------------------------------------------------------------------------------------------------

/// Inside single quotes, for _arguments: brackets are its syntax (an explanation ends at ']'), a quote ends the word.
QString zshQuoted(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'[', QStringLiteral("\\["));
    text.replace(u']', QStringLiteral("\\]"));
    text.replace(u'\'', QStringLiteral("'\\''"));
    return text;
}

/// A message between the colons of an _arguments spec: a colon of its own would end it ("ADDRESS:PORT").
QString zshColonsEscaped(QString text)
{
    return text.replace(u':', QStringLiteral("\\:"));
}

/// The first sentence of a description, on one line: what fits beside a candidate in the menu.
QString summary(const QString &description)
{
    // A sentence ends at a full stop before a capital: "(e.g. prod)" does not end one.
    static const QRegularExpression sentenceEnd(QStringLiteral("\\. (?=[A-Z])"));
    QString text = description.simplified();
    const qsizetype end = text.indexOf(sentenceEnd);
    if (end > 0)
        text.truncate(end);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString zshAction(const ValueCompletion &completion, const QStringList &commandNames)
{
    switch (completion.kind) {
    case ValueCompletion::Kind::File:
        return QStringLiteral("_files");
    case ValueCompletion::Kind::Command:
        return u'(' + commandNames.join(u' ') + u')';
    case ValueCompletion::Kind::Choice:
        return u'(' + completion.choices.join(u' ') + u')';
    case ValueCompletion::Kind::Text:
        break;
    }
    return QStringLiteral(" ");
}

QString zshOptionSpec(const QCommandLineOption &option, const QStringList &commandNames)
{
    QStringList forms = spellings(option);
    const bool takesValue = !option.valueName().isEmpty();
    if (takesValue) {
        // -r+ and --name=: the value may follow in the same word or in the next one.
        for (QString &form : forms)
            form += form.startsWith(QLatin1String("--")) ? u'=' : u'+';
    }
    QString spec;
    if (takesValue) // values (--var, --task) may be given more than once
        spec += QStringLiteral("'*'");
    else if (forms.size() > 1)
        spec += QStringLiteral("'(") + spellings(option).join(u' ') + QStringLiteral(")'");
    if (forms.size() > 1)
        spec += u'{' + forms.join(u',') + u'}';
    else
        spec += forms.constFirst();
    spec += QStringLiteral("'[") + zshQuoted(summary(option.description())) + u']';
    if (takesValue) {
        spec += u':' + zshQuoted(zshColonsEscaped(option.valueName())) + u':'
            + zshQuoted(zshAction(ValueCompletion::forName(option.valueName()), commandNames));
    }
    return spec + u'\'';
}

} // namespace

QString Completion::bashScript(const QList<CompletionCommand> &commands)
{
    QStringList names;
    for (const CompletionCommand &command : commands)
        names.append(command.name);

    QString script;
    QTextStream out(&script);
    out << "# bash completion for restgate-cli                                  -*- shell-script -*-\n"
           "# Made by 'restgate-cli completion bash' from the commands' own option tables.\n"
           "\n"
           "_restgate_cli_commands='"
        << names.join(u' ')
        << "'\n"
           "\n"
           "# $1: what to offer for the word being completed ($cur): @file, @command, @text (nothing) or words.\n"
           "_restgate_cli_reply()\n"
           "{\n"
           "    case $1 in\n"
           "        @file) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- \"$cur\") ;;\n"
           "        @command) mapfile -t COMPREPLY < <(compgen -W \"$_restgate_cli_commands\" -- \"$cur\") ;;\n"
           "        @text) COMPREPLY=() ;;\n"
           "        *) mapfile -t COMPREPLY < <(compgen -W \"$1\" -- \"$cur\") ;;\n"
           "    esac\n"
           "}\n"
           "\n"
           "_restgate_cli()\n"
           "{\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
           "    # bash splits --format=json at the '=' (COMP_WORDBREAKS): the option is then two words back.\n"
           "    if [[ $cur == = ]]; then\n"
           "        cur=\n"
           "    elif [[ $prev == = ]]; then\n"
           "        prev=${COMP_WORDS[COMP_CWORD-2]}\n"
           "    fi\n"
           "    if (( COMP_CWORD == 1 )); then\n"
           "        if [[ $cur == -* ]]; then _restgate_cli_reply '-h --help -V --version'\n"
           "        else _restgate_cli_reply @command; fi\n"
           "        return\n"
           "    fi\n"
           "    local options valued arguments\n"
           "    case ${COMP_WORDS[1]} in\n";
    for (const CompletionCommand &command : commands) {
        QStringList options;
        QStringList valued;
        out << "    " << command.name << ")\n";
        out << "        case $prev in\n";
        for (const QCommandLineOption &option : command.spec.options) {
            if (!visible(option))
                continue;
            options += spellings(option);
            if (option.valueName().isEmpty())
                continue;
            valued += spellings(option);
            out << "            " << spellings(option).join(u'|') << ") _restgate_cli_reply '"
                << bashWhat(ValueCompletion::forName(option.valueName())) << "'; return ;;\n";
        }
        out << "        esac\n";
        QStringList arguments;
        for (const PositionalArgument &argument : command.spec.arguments)
            arguments.append(u'\'' + bashWhat(positionalCompletion(argument)) + u'\'');
        out << "        options='" << options.join(u' ') << "'\n"
            << "        valued='" << valued.join(u' ') << "'\n"
            << "        arguments=(" << arguments.join(u' ') << ")\n"
            << "        ;;\n";
    }
    out << "    *) return ;;\n"
           "    esac\n"
           "    # Which positional argument this is: the words before it that are neither options nor their values.\n"
           "    local i word index=0 ended=\n"
           "    for (( i = 2; i < COMP_CWORD; i++ )); do\n"
           "        word=${COMP_WORDS[i]}\n"
           "        if [[ -n $ended || $word != -* ]]; then\n"
           "            (( index++ ))\n"
           "        elif [[ $word == -- ]]; then\n"
           "            ended=1\n"
           "        elif [[ \" $valued \" == *\" $word \"* ]]; then\n"
           "            [[ ${COMP_WORDS[i+1]} == = ]] && (( i++ ))\n"
           "            (( i++ ))\n"
           "        fi\n"
           "    done\n"
           "    if [[ -z $ended && $cur == -* ]]; then\n"
           "        _restgate_cli_reply \"$options\"\n"
           "    elif (( ${#arguments[@]} > 0 )); then\n"
           "        # The last argument takes every further word (run DESIGN...).\n"
           "        (( index >= ${#arguments[@]} )) && index=$(( ${#arguments[@]} - 1 ))\n"
           "        _restgate_cli_reply \"${arguments[index]}\"\n"
           "    fi\n"
           "}\n"
           "\n"
           "complete -F _restgate_cli restgate-cli\n";
    out.flush();
    return script;
}

QString Completion::zshScript(const QList<CompletionCommand> &commands)
{
    QStringList names;
    for (const CompletionCommand &command : commands)
        names.append(command.name);

    QString script;
    QTextStream out(&script);
    out << "#compdef restgate-cli\n"
           "# zsh completion for restgate-cli, made by 'restgate-cli completion zsh' from the commands' own option\n"
           "# tables.\n"
           "\n"
           "_restgate-cli() {\n"
           "  local -a commands\n"
           "  commands=(\n";
    for (const CompletionCommand &command : commands)
        out << "    '" << command.name << ':' << zshQuoted(command.synopsis) << "'\n";
    out << "  )\n"
           "  if (( CURRENT == 2 )); then\n"
           "    if [[ $PREFIX == -* ]]; then\n"
           "      _arguments '(- *)'{-h,--help}'[show the commands]' '(- *)'{-V,--version}'[show the version]'\n"
           "    else\n"
           "      _describe -t commands 'restgate-cli command' commands\n"
           "    fi\n"
           "    return\n"
           "  fi\n"
           "  local command=${words[2]}\n"
           "  # From here on the command is the first word, as _arguments expects.\n"
           "  shift words\n"
           "  (( CURRENT-- ))\n"
           "  case $command in\n";
    for (const CompletionCommand &command : commands) {
        out << "    (" << command.name << ")\n"
            << "      _arguments -s -S";
        for (const QCommandLineOption &option : command.spec.options) {
            if (visible(option))
                out << " \\\n        " << zshOptionSpec(option, names);
        }
        for (qsizetype i = 0; i < command.spec.arguments.size(); ++i) {
            const PositionalArgument &argument = command.spec.arguments.at(i);
            const bool last = i + 1 == command.spec.arguments.size();
            out << " \\\n        '" << (last ? QStringLiteral("*:") : QStringLiteral(":"))
                << zshQuoted(zshColonsEscaped(argument.name.toLower())) << ':'
                << zshQuoted(zshAction(positionalCompletion(argument), names)) << '\'';
        }
        out << "\n      ;;\n";
    }
    out << "  esac\n"
           "}\n"
           "\n"
           "_restgate-cli \"$@\"\n";
    out.flush();
    return script;
}

} // namespace RestGate::Cli
