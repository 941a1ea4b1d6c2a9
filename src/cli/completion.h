#pragma once

#include "cli/commandline.h"

#include <QStringList>

namespace RestGate::Cli {

/// What a shell can offer for an option's value or a positional argument, read from the name the help shows:
///     "text|json" -> Choice {text, json}      "FILE", "FILE|-", "DESIGN", "PIPELINE" -> File
///     "COMMAND", "[COMMAND]" -> Command       anything else ("NAME=VALUE", "SECONDS") -> Text (nothing to offer)
struct ValueCompletion
{
    enum class Kind
    {
        Text,
        File,
        Choice,
        Command,
    };
    Kind kind = Kind::Text;
    QStringList choices;

    static ValueCompletion forName(const QString &valueName);
};

/// A command as the completion scripts see it: its name, its one-line synopsis and its option tables.
struct CompletionCommand
{
    QString name;
    QString synopsis;
    CommandSpec spec;
};

/// Completion scripts for restgate-cli, made from the same tables the commands parse with.
namespace Completion {
/// For bash: `source` it, or install it as bash-completion/completions/restgate-cli.
QString bashScript(const QList<CompletionCommand> &commands);
/// For zsh: install it as _restgate-cli in a directory on $fpath (site-functions).
QString zshScript(const QList<CompletionCommand> &commands);
} // namespace Completion

} // namespace RestGate::Cli
