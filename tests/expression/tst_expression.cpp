// The expression language as the server evaluates success criteria: every example of expressions.md, every
// assertion of the engine's own unit tests (azure-pipelines-agent src/Test/L0/ExpressionsL0.cs) that does not
// need a .NET test double, every function's arity, the parse and evaluation errors, and the limits.

#include "core/expression/evaluator.h"
#include "core/expression/functions.h"
#include "core/expression/parser.h"
#include "core/json/jsondocument.h"

#include <QFile>
#include <QTest>

using namespace RestGate;
using namespace RestGate::Expression;

namespace {

struct Case
{
    const char *source; ///< where the expectation comes from: "L0.<test>" or "§<section> <what>"
    const char *expression;
    const char *expected; ///< "true", "false", "eval" (evaluation error) or "parse:<ParseExceptionKind>"
    const char *body; ///< "std" (data/standard.json), "none" (no body: root is null) or the JSON itself
};

// clang-format off
const Case kExpressionsL0Cases[] = {
    {"L0.CastsToBoolean", "true", "true", "std"},
    {"L0.CastsToBoolean", "TRUE", "true", "std"},
    {"L0.CastsToBoolean", "false", "false", "std"},
    {"L0.CastsToBoolean", "FALSE", "false", "std"},
    {"L0.CastsToBoolean", "1", "true", "std"},
    {"L0.CastsToBoolean", ".5", "true", "std"},
    {"L0.CastsToBoolean", "0.5", "true", "std"},
    {"L0.CastsToBoolean", "2", "true", "std"},
    {"L0.CastsToBoolean", "-1", "true", "std"},
    {"L0.CastsToBoolean", "-.5", "true", "std"},
    {"L0.CastsToBoolean", "-0.5", "true", "std"},
    {"L0.CastsToBoolean", "-2", "true", "std"},
    {"L0.CastsToBoolean", "0", "false", "std"},
    {"L0.CastsToBoolean", "0.0", "false", "std"},
    {"L0.CastsToBoolean", "-0", "false", "std"},
    {"L0.CastsToBoolean", "-0.0", "false", "std"},
    {"L0.CastsToBoolean", "'a'", "true", "std"},
    {"L0.CastsToBoolean", "'false'", "true", "std"},
    {"L0.CastsToBoolean", "'0'", "true", "std"},
    {"L0.CastsToBoolean", "' '", "true", "std"},
    {"L0.CastsToBoolean", "''", "false", "std"},
    {"L0.CastsToBoolean", "1.2.3", "true", "std"},
    {"L0.CastsToBoolean", "1.2.3.4", "true", "std"},
    {"L0.CastsToBoolean", "0.0.0", "true", "std"},
    {"L0.CastsToBoolean JArray", "root.emptyArr", "true", "std"},
    {"L0.CastsToBoolean JObject", "root.emptyObj", "true", "std"},
    {"L0.CastsToBoolean null", "root.nullValue", "false", "std"},
    {"L0.CastsToNumber", "eq(1, true)", "true", "std"},
    {"L0.CastsToNumber", "eq(0, false)", "true", "std"},
    {"L0.CastsToNumber", "eq(0, '')", "true", "std"},
    {"L0.CastsToNumber", "eq(123456.789, ' 123,456.789 ')", "true", "std"},
    {"L0.CastsToNumber", "eq(123456.789, ' +123,456.789 ')", "true", "std"},
    {"L0.CastsToNumber", "eq(-123456.789, ' -123,456.789 ')", "true", "std"},
    {"L0.CastsToNumber", "ne(1.2, 1.2.0)", "true", "std"},
    {"L0.CastsToNumber", "ne(0, 0.0.0)", "true", "std"},
    {"L0.CastsToNumber JObject", "ne(0, root.emptyObj)", "true", "std"},
    {"L0.CastsToNumber JArray", "ne(0, root.emptyArr)", "true", "std"},
    {"L0.CastsToNumber object", "ne(-1, root.obj)", "true", "std"},
    {"L0.CastsToNumber object", "ne(1, root.obj)", "true", "std"},
    {"L0.CastsToNumber null", "eq('', root.nullValue)", "true", "std"},
    {"L0.CastsToString", "eq('true', true)", "true", "std"},
    {"L0.CastsToString", "eq('false', false)", "true", "std"},
    {"L0.CastsToString", "eq('1', 1)", "true", "std"},
    {"L0.CastsToString", "eq('0.5', .5)", "true", "std"},
    {"L0.CastsToString", "eq('0.5', 0.5)", "true", "std"},
    {"L0.CastsToString", "eq('2', 2)", "true", "std"},
    {"L0.CastsToString", "eq('-1', -1)", "true", "std"},
    {"L0.CastsToString", "eq('-0.5', -.5)", "true", "std"},
    {"L0.CastsToString", "eq('-0.5', -0.5)", "true", "std"},
    {"L0.CastsToString", "eq('-2', -2.0)", "true", "std"},
    {"L0.CastsToString", "eq('0', 0)", "true", "std"},
    {"L0.CastsToString", "eq('0', 0.0)", "true", "std"},
    {"L0.CastsToString", "eq('0', -0)", "true", "std"},
    {"L0.CastsToString", "eq('0', -0.0)", "true", "std"},
    {"L0.CastsToString", "eq('1.2.3', 1.2.3)", "true", "std"},
    {"L0.CastsToString", "eq('1.2.3.4', 1.2.3.4)", "true", "std"},
    {"L0.CastsToString", "eq('0.0.0', 0.0.0)", "true", "std"},
    {"L0.CastsToString JObject", "ne('', root.emptyObj)", "true", "std"},
    {"L0.CastsToString JArray", "ne('', root.emptyArr)", "true", "std"},
    {"L0.CastsToString null", "eq('', root.nullValue)", "true", "std"},
    {"L0.CastsToVersion", "ne(0.0.0.0, false)", "true", "std"},
    {"L0.CastsToVersion", "eq(1.2.3.4, '1.2.3.4')", "true", "std"},
    {"L0.CastsToVersion", "eq(1.2.3, '1.2.3')", "true", "std"},
    {"L0.CastsToVersion JObject", "ne(1.2.3, root.emptyObj)", "true", "std"},
    {"L0.CastsToVersion JArray", "ne(1.2.3, root.emptyArr)", "true", "std"},
    {"L0.CastsToVersion null", "ne(1.2.3, root.nullValue)", "true", "std"},
    {"L0.IndexesIntoComplex", "eq('property value 1', root['prop1'])", "true", "std"},
    {"L0.IndexesIntoComplex", "eq('property value 2', root.prop2)", "true", "std"},
    {"L0.IndexesIntoComplex", "eq('nested sub object property value 1', root['subObj']['nestedProp1'])", "true", "std"},
    {"L0.IndexesIntoComplex", "eq('nested sub object property value 2', root['subObj'].nestedProp2)", "true", "std"},
    {"L0.IndexesIntoComplex", "eq('nested sub object property value 1', root.subObj['nestedProp1'])", "true", "std"},
    {"L0.IndexesIntoComplex", "eq('nested sub object property value 2', root.subObj.nestedProp2)", "true", "std"},
    {"L0.IndexesIntoComplex", "eq('array element at index 1', root.array[1])", "true", "std"},
    {"L0.EvaluatesAnd", "and(true, true, true)", "true", "std"},
    {"L0.EvaluatesAnd", "and(true, true)", "true", "std"},
    {"L0.EvaluatesAnd", "and(true, true, false)", "false", "std"},
    {"L0.EvaluatesAnd", "and(true, false)", "false", "std"},
    {"L0.EvaluatesAnd", "and(false, true)", "false", "std"},
    {"L0.EvaluatesAnd", "and(false, false)", "false", "std"},
    {"L0.EvaluatesAnd", "and(true, 1)", "true", "std"},
    {"L0.EvaluatesAnd", "and(true, 0)", "false", "std"},
    {"L0.EvaluatesAnd", "and(true, 'a')", "true", "std"},
    {"L0.EvaluatesAnd", "and(true, '')", "false", "std"},
    {"L0.EvaluatesAnd", "and(true, 0.0.0.0)", "true", "std"},
    {"L0.EvaluatesAnd", "and(true, 1.2.3.4)", "true", "std"},
    {"L0.AndShortCircuitsAndAfterFirstFalse", "and(false, gt(1, 'not a number'))", "false", "std"},
    {"L0.EvaluatesContains", "contains('leading match', 'leading')", "true", "std"},
    {"L0.EvaluatesContains", "contains('trailing match', 'match')", "true", "std"},
    {"L0.EvaluatesContains", "contains('middle match', 'ddle mat')", "true", "std"},
    {"L0.EvaluatesContains", "contains('case insensITIVE match', 'INSENSitive')", "true", "std"},
    {"L0.EvaluatesContains", "contains('does not match', 'zzz')", "false", "std"},
    {"L0.ContainsCastsToString", "contains(true, true)", "true", "std"},
    {"L0.ContainsCastsToString", "contains(true, 'ru')", "true", "std"},
    {"L0.ContainsCastsToString", "contains(true, 'zzz')", "false", "std"},
    {"L0.ContainsCastsToString", "contains(true, false)", "false", "std"},
    {"L0.ContainsCastsToString", "contains(123456789, 456)", "true", "std"},
    {"L0.ContainsCastsToString", "contains(123456789, 321)", "false", "std"},
    {"L0.ContainsCastsToString", "contains(1.2.3.4, 1.2.3)", "true", "std"},
    {"L0.ContainsCastsToString", "contains(1.2.3.4, 2.3)", "true", "std"},
    {"L0.ContainsCastsToString", "contains(1.2.3.4, 3.2)", "false", "std"},
    {"L0.EvaluatesEndsWith", "endsWith('trailing match', 'match')", "true", "std"},
    {"L0.EvaluatesEndsWith", "endsWith('case insensITIVE', 'INSENSitive')", "true", "std"},
    {"L0.EvaluatesEndsWith", "endswith('leading does not match', 'leading')", "false", "std"},
    {"L0.EvaluatesEndsWith", "endswith('middle does not match', 'does not')", "false", "std"},
    {"L0.EvaluatesEndsWith", "endsWith('does not match', 'zzz')", "false", "std"},
    {"L0.EndsWithCastsToString", "endsWith(true, true)", "true", "std"},
    {"L0.EndsWithCastsToString", "endsWith(true, 'ue')", "true", "std"},
    {"L0.EndsWithCastsToString", "endsWith(true, 'u')", "false", "std"},
    {"L0.EndsWithCastsToString", "endsWith(true, false)", "false", "std"},
    {"L0.EndsWithCastsToString", "endsWith(123456789, 789)", "true", "std"},
    {"L0.EndsWithCastsToString", "endsWith(123456789, 8)", "false", "std"},
    {"L0.EndsWithCastsToString", "endsWith(1.2.3.4, 3.4)", "true", "std"},
    {"L0.EndsWithCastsToString", "endsWith(1.2.3.4, 3)", "false", "std"},
    {"L0.EvaluatesEqual", "eq(true, true)", "true", "std"},
    {"L0.EvaluatesEqual", "eq(false, false)", "true", "std"},
    {"L0.EvaluatesEqual", "eq(false, true)", "false", "std"},
    {"L0.EvaluatesEqual", "eq(2, 2)", "true", "std"},
    {"L0.EvaluatesEqual", "eq(1, 2)", "false", "std"},
    {"L0.EvaluatesEqual", "eq('insensITIVE', 'INSENSitive')", "true", "std"},
    {"L0.EvaluatesEqual", "eq('a', 'b')", "false", "std"},
    {"L0.EvaluatesEqual", "eq(1.2.3, 1.2.3)", "true", "std"},
    {"L0.EvaluatesEqual", "eq(1.2.3, 1.2.3.0)", "false", "std"},
    {"L0.EvaluatesEqual", "eq(1.2.3, 4.5.6)", "false", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(true, 2)", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(false, 0)", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(true, 'a')", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(true, ' ')", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(false, '')", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(true, 1.2.3)", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(true, 0.0.0)", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq('TRue', true)", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq('FALse', false)", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq('123456.789', 123456.789)", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq('123456.000', 123456.000)", "false", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq('1.2.3', 1.2.3)", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(1, true)", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(0, false)", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(2, true)", "false", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(123456.789, ' +123,456.7890 ')", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(-123456.789, ' -123,456.7890 ')", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(123000, ' 123,000.000 ')", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(0, '')", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(1, 'not a number')", "false", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(0, 'not a number')", "false", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(1.2, 1.2.0.0)", "false", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(1.2.3, false)", "false", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(1.2.3, true)", "false", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(1.2.0, 1.2)", "false", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(1.2.0, ' 1.2.0 ')", "true", "std"},
    {"L0.EqualCastsToMatchLeftSide", "eq(1.2.0, '1.2')", "false", "std"},
    {"L0.EvaluatesGreaterThan", "gt(true, false)", "true", "std"},
    {"L0.EvaluatesGreaterThan", "gt(true, true)", "false", "std"},
    {"L0.EvaluatesGreaterThan", "gt(false, true)", "false", "std"},
    {"L0.EvaluatesGreaterThan", "gt(false, false)", "false", "std"},
    {"L0.EvaluatesGreaterThan", "gt(2, 1)", "true", "std"},
    {"L0.EvaluatesGreaterThan", "gt(2, 2)", "false", "std"},
    {"L0.EvaluatesGreaterThan", "gt(1, 2)", "false", "std"},
    {"L0.EvaluatesGreaterThan", "gt('DEF', 'abc')", "true", "std"},
    {"L0.EvaluatesGreaterThan", "gt('def', 'ABC')", "true", "std"},
    {"L0.EvaluatesGreaterThan", "gt('a', 'a')", "false", "std"},
    {"L0.EvaluatesGreaterThan", "gt('a', 'b')", "false", "std"},
    {"L0.EvaluatesGreaterThan", "gt(4.5.6, 1.2.3)", "true", "std"},
    {"L0.EvaluatesGreaterThan", "gt(1.2.3, 4.5.6)", "false", "std"},
    {"L0.EvaluatesGreaterThan", "gt(1.2.3, 1.2.3)", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(true, 0)", "true", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(true, 1)", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(true, '')", "true", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(true, ' ')", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(true, 'a')", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(true, 1.2.3)", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(true, 0.0.0)", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt('UUU', true)", "true", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt('SSS', true)", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt('123456.789', 123456.78)", "true", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt('123456.789', 123456.7899)", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt('1.2.3', 1.2.2)", "true", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt('1.2.3', 1.2.4)", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1, false)", "true", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1, true)", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(123456.789, ' +123,456.788 ')", "true", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(123456.789, ' +123,456.7899 ')", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(123456.789, ' +123,456.789 ')", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(-123456.789, ' -123,456.7899 ')", "true", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(-123456.789, ' -123,456.789 ')", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(-123456.789, ' -123,456.788 ')", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1, 'not a number')", "eval", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1.2, 1.2.0.0)", "eval", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1.2.3, false)", "eval", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1.2.0, 1.1)", "true", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1.2.0, 1.3)", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1.2.0, 2147483648.1)", "eval", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1.2.1, ' 1.2.0 ')", "true", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1.2.1, ' 1.2.1 ')", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1.2.1, ' 1.2.2 ')", "false", "std"},
    {"L0.GreaterThanCastsToMatchLeftSide", "gt(1.2.1, 'not a version')", "eval", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge(true, false)", "true", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge(true, true)", "true", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge(false, true)", "false", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge(2, 1)", "true", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge(2, 2)", "true", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge(1, 2)", "false", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge('DEF', 'abc')", "true", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge('def', 'ABC')", "true", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge('a', 'a')", "true", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge('a', 'b')", "false", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge(4.5.6, 1.2.3)", "true", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge(1.2.3, 1.2.3)", "true", "std"},
    {"L0.EvaluatesGreaterThanOrEqual", "ge(1.2.3, 4.5.6)", "false", "std"},
    {"L0.EvaluatesIn", "in(true, false, false, true)", "true", "std"},
    {"L0.EvaluatesIn", "in(true, false, true, false)", "true", "std"},
    {"L0.EvaluatesIn", "in(true, true, false, false)", "true", "std"},
    {"L0.EvaluatesIn", "in(true, true)", "true", "std"},
    {"L0.EvaluatesIn", "in(false, false)", "true", "std"},
    {"L0.EvaluatesIn", "in(true, false, false, false)", "false", "std"},
    {"L0.EvaluatesIn", "in(false, true)", "false", "std"},
    {"L0.EvaluatesIn", "in(true, false)", "false", "std"},
    {"L0.EvaluatesIn", "in(2, 1, 2, 3)", "true", "std"},
    {"L0.EvaluatesIn", "in(2, 1, 3, 4)", "false", "std"},
    {"L0.EvaluatesIn", "in('insensITIVE', 'other', 'INSENSitive')", "true", "std"},
    {"L0.EvaluatesIn", "in('a', 'b', 'c')", "false", "std"},
    {"L0.EvaluatesIn", "in(1.2.3, 1.1.1, 1.2.3)", "true", "std"},
    {"L0.EvaluatesIn", "in(1.2.3, 4.5.6)", "false", "std"},
    {"L0.InCastsToMatchLeftSide", "in(true, 2)", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(false, 0)", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(true, 'a')", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(true, ' ')", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(false, '')", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(true, 1.2.3)", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(true, 0.0.0)", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in('TRue', true)", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in('FALse', false)", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in('123456.789', 123456.789)", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in('123456.000', 123456.000)", "false", "std"},
    {"L0.InCastsToMatchLeftSide", "in('1.2.3', 1.2.3)", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(1, true)", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(0, false)", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(2, true)", "false", "std"},
    {"L0.InCastsToMatchLeftSide", "in(123456.789, ' +123,456.7890 ')", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(-123456.789, ' -123,456.7890 ')", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(123000, ' 123,000.000 ')", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(0, '')", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(1, 'not a number')", "false", "std"},
    {"L0.InCastsToMatchLeftSide", "in(0, 'not a number')", "false", "std"},
    {"L0.InCastsToMatchLeftSide", "in(1.2, 1.2.0.0)", "false", "std"},
    {"L0.InCastsToMatchLeftSide", "in(1.2.3, false)", "false", "std"},
    {"L0.InCastsToMatchLeftSide", "in(1.2.3, true)", "false", "std"},
    {"L0.InCastsToMatchLeftSide", "in(1.2.0, 1.2)", "false", "std"},
    {"L0.InCastsToMatchLeftSide", "in(1.2.0, ' 1.2.0 ')", "true", "std"},
    {"L0.InCastsToMatchLeftSide", "in(1.2.0, '1.2')", "false", "std"},
    {"L0.InShortCircuitsAfterFirstMatch", "in(true, true, gt(1, 'not a number'))", "true", "std"},
    {"L0.EvaluatesLessThan", "lt(false, true)", "true", "std"},
    {"L0.EvaluatesLessThan", "lt(false, false)", "false", "std"},
    {"L0.EvaluatesLessThan", "lt(true, false)", "false", "std"},
    {"L0.EvaluatesLessThan", "lt(true, true)", "false", "std"},
    {"L0.EvaluatesLessThan", "lt(1, 2)", "true", "std"},
    {"L0.EvaluatesLessThan", "lt(1, 1)", "false", "std"},
    {"L0.EvaluatesLessThan", "lt(2, 1)", "false", "std"},
    {"L0.EvaluatesLessThan", "lt('abc', 'DEF')", "true", "std"},
    {"L0.EvaluatesLessThan", "lt('a', 'a')", "false", "std"},
    {"L0.EvaluatesLessThan", "lt('b', 'a')", "false", "std"},
    {"L0.EvaluatesLessThan", "lt(1.2.3, 4.5.6)", "true", "std"},
    {"L0.EvaluatesLessThan", "lt(4.5.6, 1.2.3)", "false", "std"},
    {"L0.EvaluatesLessThan", "lt(1.2.3, 1.2.3)", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(false, 1)", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(false, 0)", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(false, 'a')", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(false, ' ')", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(false, '')", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(false, 1.2.3)", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(false, 0.0.0)", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(true, 1.2.3)", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt('SSS', true)", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt('UUU', true)", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt('123456.78', 123456.789)", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt('123456.7899', 123456.789)", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt('1.2.2', 1.2.3)", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt('1.2.4', 1.2.3)", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(0, true)", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(0, false)", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(123456.788, ' +123,456.789 ')", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(123456.7899, ' +123,456.789 ')", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(123456.789, ' +123,456.789 ')", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(-123456.7899, ' -123,456.789 ')", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(-123456.789, ' -123,456.789 ')", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(-123456.788, ' -123,456.789 ')", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(1, 'not a number')", "eval", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(1.2, 1.2.0.0)", "eval", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(1.2.3, false)", "eval", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(1.1.0, 1.2)", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(1.3.0, 1.2)", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(1.2.0, 2147483648.1)", "eval", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(1.2.0, ' 1.2.1 ')", "true", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(1.2.1, ' 1.2.1 ')", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(1.2.2, ' 1.2.1 ')", "false", "std"},
    {"L0.LessThanCastsToMatchLeftSide", "lt(1.2.1, 'not a version')", "eval", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le(false, true)", "true", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le(false, false)", "true", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le(true, false)", "false", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le(1, 2)", "true", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le(2, 2)", "true", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le(2, 1)", "false", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le('abc', 'DEF')", "true", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le('ABC', 'def')", "true", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le('a', 'a')", "true", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le('b', 'a')", "false", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le(1.2.3, 4.5.6)", "true", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le(1.2.3, 1.2.3)", "true", "std"},
    {"L0.EvaluatesLessThanOrEqual", "le(4.5.6, 1.2.3)", "false", "std"},
    {"L0.EvaluatesNot", "not(false)", "true", "std"},
    {"L0.EvaluatesNot", "not(true)", "false", "std"},
    {"L0.EvaluatesNot", "not(0)", "true", "std"},
    {"L0.EvaluatesNot", "not(1)", "false", "std"},
    {"L0.EvaluatesNot", "not('')", "true", "std"},
    {"L0.EvaluatesNot", "not('a')", "false", "std"},
    {"L0.EvaluatesNot", "not(' ')", "false", "std"},
    {"L0.EvaluatesNotEqual", "ne(false, true)", "true", "std"},
    {"L0.EvaluatesNotEqual", "ne(true, false)", "true", "std"},
    {"L0.EvaluatesNotEqual", "ne(false, false)", "false", "std"},
    {"L0.EvaluatesNotEqual", "ne(true, true)", "false", "std"},
    {"L0.EvaluatesNotEqual", "ne(1, 2)", "true", "std"},
    {"L0.EvaluatesNotEqual", "ne(2, 2)", "false", "std"},
    {"L0.EvaluatesNotEqual", "ne('abc', 'def')", "true", "std"},
    {"L0.EvaluatesNotEqual", "ne('abcDEF', 'ABCdef')", "false", "std"},
    {"L0.EvaluatesNotEqual", "ne(1.2.3, 1.2.3.0)", "true", "std"},
    {"L0.EvaluatesNotEqual", "ne(1.2.3, 4.5.6)", "true", "std"},
    {"L0.EvaluatesNotEqual", "ne(1.2.3, 1.2.3)", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(false, 2)", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(true, 0)", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(false, 'a')", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(false, ' ')", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(true, '')", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(false, 1.2.3)", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(false, 0.0.0)", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne('TRue', true)", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne('FALse', false)", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne('123456.000', 123456.000)", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne('123456.789', 123456.789)", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne('1.2.3.0', 1.2.3)", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne('1.2.3', 1.2.3)", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(2, true)", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(1, true)", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(0, false)", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(123456.789, ' +123,456.7890 ')", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(-123456.789, ' -123,456.7890 ')", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(123000, ' 123,000.000 ')", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(0, '')", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(1, 'not a number')", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(0, 'not a number')", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(1.2, 1.2.0.0)", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(1.2.3, false)", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(1.2.3, true)", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(1.2.0, 1.2)", "true", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(1.2.0, ' 1.2.0 ')", "false", "std"},
    {"L0.NotEqualCastsToMatchLeftSide", "ne(1.2.0, '1.2')", "true", "std"},
    {"L0.EvaluatesNotIn", "notIn(true, false, false, false)", "true", "std"},
    {"L0.EvaluatesNotIn", "notIn(true, false)", "true", "std"},
    {"L0.EvaluatesNotIn", "notIn(false, true)", "true", "std"},
    {"L0.EvaluatesNotIn", "notIn(true, false, true, true)", "false", "std"},
    {"L0.EvaluatesNotIn", "notIn(true, false, true, false)", "false", "std"},
    {"L0.EvaluatesNotIn", "notIn(true, true, false, false)", "false", "std"},
    {"L0.EvaluatesNotIn", "notIn(true, true)", "false", "std"},
    {"L0.EvaluatesNotIn", "notIn(false, false)", "false", "std"},
    {"L0.EvaluatesNotIn", "notIn(2, 1, 3, 4)", "true", "std"},
    {"L0.EvaluatesNotIn", "notIn(2, 1, 2, 3)", "false", "std"},
    {"L0.EvaluatesNotIn", "notIn('a', 'b', 'c')", "true", "std"},
    {"L0.EvaluatesNotIn", "notIn('insensITIVE', 'INSENSitive')", "false", "std"},
    {"L0.EvaluatesNotIn", "notIn(1.2.2, 1.1.1, 1.3.3)", "true", "std"},
    {"L0.EvaluatesNotIn", "notIn(1.2.2, 1.1.1, 1.2.2)", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(true, 0)", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(false, 1)", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(true, 1)", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(false, 0)", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(false, 'a')", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(false, ' ')", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(true, '')", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(true, 'a')", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(true, ' ')", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(false, '')", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(false, 1.2.3)", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(true, 0.0.0)", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn('TRue', false)", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn('TRue', true)", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn('FALse', false)", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn('123456.000', 123456.000)", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn('123456.789', 123456.789)", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn('1.2.3', 1.2.4)", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn('1.2.3', 1.2.3)", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(2, true)", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(1, false)", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(1, true)", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(0, false)", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(1, 'not a number')", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(0, 'not a number')", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(123456.789, ' +123,456.7890 ')", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(-123456.789, ' -123,456.7890 ')", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(123000, ' 123,000.000 ')", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(0, '')", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(1.2, 1.2.0.0)", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(1.2.3, false)", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(1.2.0, 1.2)", "true", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(1.2.0, ' 1.2.0 ')", "false", "std"},
    {"L0.NotInCastsToMatchLeftSide", "notIn(1.2.0, '1.2')", "true", "std"},
    {"L0.NotInShortCircuitsAfterFirstMatch", "notIn(true, true, gt(1, 'not a number'))", "false", "std"},
    {"L0.EvaluatesOr", "or(false, false, true)", "true", "std"},
    {"L0.EvaluatesOr", "or(false, true, false)", "true", "std"},
    {"L0.EvaluatesOr", "or(true, false, false)", "true", "std"},
    {"L0.EvaluatesOr", "or(false, false, false)", "false", "std"},
    {"L0.EvaluatesOr", "or(false, 1)", "true", "std"},
    {"L0.EvaluatesOr", "or(false, 0)", "false", "std"},
    {"L0.EvaluatesOr", "or(false, 'a')", "true", "std"},
    {"L0.EvaluatesOr", "or(false, '')", "false", "std"},
    {"L0.EvaluatesOr", "or(false, 1.2.3)", "true", "std"},
    {"L0.EvaluatesOr", "or(false, 0.0.0)", "true", "std"},
    {"L0.OrShortCircuitsAfterFirstTrue", "or(true, gt(1, 'not a number'))", "true", "std"},
    {"L0.EvaluatesStartsWith", "startsWith('leading match', 'leading')", "true", "std"},
    {"L0.EvaluatesStartsWith", "startsWith('insensITIVE case', 'INSENSitive')", "true", "std"},
    {"L0.EvaluatesStartsWith", "startsWith('does not match trailing', 'trailing')", "false", "std"},
    {"L0.EvaluatesStartsWith", "startsWith('middle does not match', 'does not')", "false", "std"},
    {"L0.EvaluatesStartsWith", "startsWith('does not match', 'zzz')", "false", "std"},
    {"L0.StartsWithCastsToString", "startsWith(true, true)", "true", "std"},
    {"L0.StartsWithCastsToString", "startsWith(true, 'tr')", "true", "std"},
    {"L0.StartsWithCastsToString", "startsWith(true, 'u')", "false", "std"},
    {"L0.StartsWithCastsToString", "startsWith(true, false)", "false", "std"},
    {"L0.StartsWithCastsToString", "startsWith(123456789, 123)", "true", "std"},
    {"L0.StartsWithCastsToString", "startsWith(123456789, 8)", "false", "std"},
    {"L0.StartsWithCastsToString", "startsWith(1.2.3.4, 1.2)", "true", "std"},
    {"L0.StartsWithCastsToString", "startsWith(1.2.3.4, 3)", "false", "std"},
    {"L0.EvaluatesXor", "xor(false, true)", "true", "std"},
    {"L0.EvaluatesXor", "xor(true, false)", "true", "std"},
    {"L0.EvaluatesXor", "xor(false, false)", "false", "std"},
    {"L0.EvaluatesXor", "xor(true, true)", "false", "std"},
    {"L0.EvaluatesXor", "xor(false, 1)", "true", "std"},
    {"L0.EvaluatesXor", "xor(false, 0)", "false", "std"},
    {"L0.EvaluatesXor", "xor(false, 'a')", "true", "std"},
    {"L0.EvaluatesXor", "xor(false, '')", "false", "std"},
    {"L0.EvaluatesXor", "xor(false, 1.2.3)", "true", "std"},
    {"L0.EvaluatesXor", "xor(false, 0.0.0)", "true", "std"},
    {"L0.ThrowsWhenInvalidNumber", "eq(1.2, 3.4a)", "parse:UnrecognizedValue", "std"},
    {"L0.ThrowsWhenInvalidVersion", "eq(1.2.3, 4.5.6.7a)", "parse:UnrecognizedValue", "std"},
    {"L0.ThrowsWhenInvalidString", "eq('hello', 'unterminated-string)", "parse:UnrecognizedValue", "std"},
    {"L0.ThrowsWhenUnclosedFunction", "eq(1,2", "parse:UnclosedFunction", "std"},
    {"L0.ThrowsWhenExpectedStartParameter", "not(eq 1,2)", "parse:ExpectedStartParameter", "std"},
};

const Case kSpecificationCases[] = {
    {"§1 AUTH example 1", "eq(root['status'], 'successful')", "true", "{\"id\": 5, \"name\": \"myObject\", \"description\": \"this is my object description\", \"status\": \"successful\"}"},
    {"§1 AUTH example 2", "ge(count(root['ActiveReleaseNames']), 3)", "true", "{\"ActiveReleaseNames\": [ \"Release1\", \"Release2\", \"Release3\"] }"},
    {"§1 AUTH example 3", "and(eq(count(jsonpath('Items[?(@.price<50)]')), 1), eq(count(jsonpath('Items[?(@.price>60)]')), 2))", "true", "{\"Items\":[{\"name\":\"item1\",\"price\":100},{\"name\":\"item2\",\"price\":40},{\"name\":\"item3\",\"price\":70}]}"},
    {"§1 AUTH example 1 other status", "eq(root['status'], 'successful')", "false", "{\"status\": \"running\"}"},
    {"§1 YAMLREF quoting example", "eq(root['count'], '1425')", "true", "{\"count\": 1425}"},
    {"§1 AzureMonitor jsonpath", "eq(count(jsonpath('$.responses[?(@.httpStatusCode != 200)]')), 1)", "true", "{\"responses\": [{\"httpStatusCode\": 200}, {\"httpStatusCode\": 500}, {\"other\": 1}]}"},
    {"§1 no body: root is null", "root", "false", "none"},
    {"§1 no body: count is 0", "eq(count(root), 0)", "true", "none"},
    {"§2 whitespace anywhere", "eq(\n1,\t1 )", "true", "std"},
    {"§2 whitespace around", "  true  ", "true", "std"},
    {"§2 CRLF", "and(\r\n true,\r\n true)\r\n", "true", "std"},
    {"§2 doubled quote", "eq('it''s', root.quote)", "true", "std"},
    {"§2 backslash is literal", "eq(length('a\\b'), 3)", "true", "std"},
    {"§2 double quote inside string", "eq(length('say \"hi\"'), 8)", "true", "std"},
    {"§2 newline inside string", "eq(length('a\nb'), 3)", "true", "std"},
    {"§2 unterminated string", "eq('abc", "parse:UnrecognizedValue", "std"},
    {"§2 double-quoted string", "\"abc\"", "parse:UnrecognizedValue", "std"},
    {"§2 double-quoted argument", "eq(root.status, \"successful\")", "parse:UnrecognizedValue", "std"},
    {"§2 number literal", "eq(-1.5, -1.5)", "true", "std"},
    {"§2 leading point first token", ".5", "true", "std"},
    {"§2 leading point after comma", "eq(1, .5)", "false", "std"},
    {"§2 leading point after paren", "eq(.5, 0.5)", "true", "std"},
    {"§2 negative leading point", "eq(-.5, -0.5)", "true", "std"},
    {"§2 leading zeros", "eq(007, 7)", "true", "std"},
    {"§2 trailing point", "eq(5., 5)", "true", "std"},
    {"§2 exponent rejected", "1e3", "parse:UnrecognizedValue", "std"},
    {"§2 exponent in argument", "eq(1e3, 1000)", "parse:UnrecognizedValue", "std"},
    {"§2 hex rejected", "0x10", "parse:UnrecognizedValue", "std"},
    {"§2 underscore rejected", "1_000", "parse:UnrecognizedValue", "std"},
    {"§2 trailing letter rejected", "1a", "parse:UnrecognizedValue", "std"},
    {"§2 plus sign is a keyword", "+1", "parse:UnrecognizedValue", "std"},
    {"§2 comma is a separator not a group", "eq(1,000, 1000)", "parse:UnexpectedSymbol", "std"},
    {"§2 version literal", "eq(1.2.3, 1.2.3)", "true", "std"},
    {"§2 four-part version", "eq(1.2.3.4, '1.2.3.4')", "true", "std"},
    {"§2 five parts", "1.2.3.4.5", "parse:UnrecognizedValue", "std"},
    {"§2 empty version part", "1..2", "parse:UnrecognizedValue", "std"},
    {"§2 negative version", "-1.2.3", "parse:UnrecognizedValue", "std"},
    {"§2 version with letter", "1.2.3a", "parse:UnrecognizedValue", "std"},
    {"§2 version component too large", "1.2.2147483648", "parse:UnrecognizedValue", "std"},
    {"§2 True", "True", "true", "std"},
    {"§2 tRuE", "tRuE", "true", "std"},
    {"§2 FaLsE", "FaLsE", "false", "std"},
    {"§2 function names ignore case", "EQ(1, 1)", "true", "std"},
    {"§2 function names ignore case 2", "StartsWith('abc', 'A')", "true", "std"},
    {"§2 notin lower case", "notin(1, 2)", "true", "std"},
    {"§2 containsvalue lower case", "containsvalue(root.items, 2)", "true", "std"},
    {"§2 named value ignores case", "eq(ROOT['status'], 'successful')", "true", "std"},
    {"§2 named value ignores case 2", "eq(Root.status, 'successful')", "true", "std"},
    {"§2 extension function ignores case", "eq(COUNT(root.items), 3)", "true", "std"},
    {"§2 jsonpath ignores case", "eq(count(JSONPATH('$.items[*]')), 3)", "true", "std"},
    {"§2 property named true", "eq(root.true, 'true-key')", "true", "std"},
    {"§2 property named True", "eq(root.True, 'capital-true-key')", "true", "std"},
    {"§2 property named null", "eq(root.null, 'null-key')", "true", "std"},
    {"§2 property named eq", "eq(root.eq, 'eq-key')", "true", "std"},
    {"§2 property named root", "eq(root.root, '')", "true", "std"},
    {"§2 no null literal", "null", "parse:UnrecognizedValue", "std"},
    {"§2 no null literal in eq", "eq(root.nullValue, null)", "parse:UnrecognizedValue", "std"},
    {"§2 non-ASCII keyword", "eq(1, é)", "parse:UnrecognizedValue", "std"},
    {"§2 hyphen in property", "eq(root.my-key, 1)", "parse:UnexpectedSymbol", "std"},
    {"§2 dollar keyword", "eq($x, 1)", "parse:UnrecognizedValue", "std"},
    {"§2 == operator", "eq(1 == 1, true)", "parse:UnrecognizedValue", "std"},
    {"§2 == infix", "root.status == 'successful'", "parse:UnrecognizedValue", "std"},
    {"§2 && operator", "and(true && false)", "parse:UnrecognizedValue", "std"},
    {"§2 ! operator", "!true", "parse:UnrecognizedValue", "std"},
    {"§2 star inside a number", "eq(1, 2*3)", "parse:UnrecognizedValue", "std"},
    {"§2 pipe in number", "eq(1|2, 1)", "parse:UnrecognizedValue", "std"},
    {"§2 unknown function", "foo(1)", "parse:UnrecognizedValue", "std"},
    {"§2 unknown keyword", "variables['x']", "parse:UnrecognizedValue", "std"},
    {"§2 job status function", "succeeded()", "parse:UnrecognizedValue", "std"},
    {"§2 always", "always()", "parse:UnrecognizedValue", "std"},
    {"§3 two values", "true false", "parse:UnexpectedSymbol", "std"},
    {"§3 infix and", "eq(1,1) and eq(2,2)", "parse:UnexpectedSymbol", "std"},
    {"§3 value after paren", "eq(1,1) true", "parse:UnexpectedSymbol", "std"},
    {"§3 no grouping parentheses", "(eq(1,1))", "parse:UnexpectedSymbol", "std"},
    {"§3 grouping inside a call", "and((true), true)", "parse:UnexpectedSymbol", "std"},
    {"§3 space before paren is fine", "eq (1, 1)", "true", "std"},
    {"§3 function without paren", "eq", "parse:ExpectedStartParameter", "std"},
    {"§3 function followed by value", "eq 1", "parse:ExpectedStartParameter", "std"},
    {"§3 function followed by comma", "and(eq, true)", "parse:ExpectedStartParameter", "std"},
    {"§3 literal string indexed", "'abc'[0]", "parse:UnexpectedSymbol", "std"},
    {"§3 literal number indexed", "1[0]", "parse:UnexpectedSymbol", "std"},
    {"§3 literal dereferenced", "true.x", "parse:UnexpectedSymbol", "std"},
    {"§3 function result indexed parses", "split('a,b', ',')[0]", "false", "std"},
    {"§3 function result dereferenced parses", "eq(split('a,b', ',').x, '')", "true", "std"},
    {"§3 trailing dot", "root.", "parse:ExpectedPropertyName", "std"},
    {"§3 double dot", "root..a", "parse:UnexpectedSymbol", "std"},
    {"§3 dot number", "root.0", "parse:UnexpectedSymbol", "std"},
    {"§3 dot then indexer", "root.['a']", "parse:UnexpectedSymbol", "std"},
    {"§3 dot hyphen", "root.my-key", "parse:UnexpectedSymbol", "std"},
    {"§3 dot string", "root.'a'", "parse:UnexpectedSymbol", "std"},
    {"§3 indexer hyphen", "eq(root['content-type'], 'application/json')", "true", "std"},
    {"§3 indexer space", "eq(root['my key'], 'spaced')", "true", "std"},
    {"§3 indexer dot", "eq(root['a.b'], 'dotted')", "true", "std"},
    {"§3 indexer digit name", "eq(root['1'], 'one-key')", "true", "std"},
    {"§3 indexer empty name", "eq(root[''], 'empty-key')", "true", "std"},
    {"§3 empty indexer", "root[]", "parse:UnexpectedSymbol", "std"},
    {"§3 two values in indexer", "root['a','b']", "parse:UnexpectedSymbol", "std"},
    {"§3 two values in indexer no comma", "root['a' 'b']", "parse:UnexpectedSymbol", "std"},
    {"§3 wildcard indexer parses", "root[*]", "false", "std"},
    {"§3 wildcard dereference parses", "root.*", "false", "std"},
    {"§3 wildcard alone", "*", "parse:UnexpectedSymbol", "std"},
    {"§3 wildcard argument", "eq(*, 1)", "parse:UnexpectedSymbol", "std"},
    {"§3 wildcard after value in indexer", "root['a' *]", "parse:UnexpectedSymbol", "std"},
    {"§3 leading comma", "eq(,1)", "parse:UnexpectedSymbol", "std"},
    {"§3 double comma", "eq(1,,1)", "parse:UnexpectedSymbol", "std"},
    {"§3 trailing comma", "and(true,true,)", "parse:UnexpectedSymbol", "std"},
    {"§3 top-level comma", "true, false", "parse:UnexpectedSymbol", "std"},
    {"§3 comma in indexer", "root[1,2]", "parse:UnexpectedSymbol", "std"},
    {"§3 unclosed function", "eq(1,2", "parse:UnclosedFunction", "std"},
    {"§3 unclosed nested function", "and(true, eq(1, 1)", "parse:UnclosedFunction", "std"},
    {"§3 unclosed indexer", "root['a'", "parse:UnclosedIndexer", "std"},
    {"§3 comma inside unclosed indexer", "eq(root['a', 1)", "parse:UnexpectedSymbol", "std"},
    {"§3 stray close paren", ")", "parse:UnexpectedSymbol", "std"},
    {"§3 stray close bracket", "]", "parse:UnexpectedSymbol", "std"},
    {"§3 extra close paren", "eq(1,2))", "parse:UnexpectedSymbol", "std"},
    {"§3 bracket closes a call", "eq(1, 2]", "parse:UnexpectedSymbol", "std"},
    {"§3 paren closes an indexer", "root['a')", "parse:UnexpectedSymbol", "std"},
    {"§3 indexer at start", "['a']", "parse:UnexpectedSymbol", "std"},
    {"§3 parsed before evaluation: unknown function in skipped branch", "or(true, foo())", "parse:UnrecognizedValue", "std"},
    {"§3 parsed before evaluation: arity in skipped branch", "and(false, eq(1,2,3))", "parse:UnexpectedSymbol", "std"},
    {"§3 parsed before evaluation: double quotes in skipped branch", "or(true, eq(1, \"x\"))", "parse:UnrecognizedValue", "std"},
    {"§3 empty parens for a function", "eq()", "parse:UnexpectedSymbol", "std"},
    {"§4 null value", "eq(root.nullValue, '')", "true", "std"},
    {"§4 missing property", "eq(root.missing, '')", "true", "std"},
    {"§4 boolean true", "root.flag", "true", "std"},
    {"§4 boolean false", "root.off", "false", "std"},
    {"§4 integer", "eq(root.n, 10)", "true", "std"},
    {"§4 float", "eq(root.price, 19.99)", "true", "std"},
    {"§4 exponent in the body", "eq(root.exp, 1000)", "true", "std"},
    {"§4 negative float", "eq(root.neg, -2.5)", "true", "std"},
    {"§4 string", "eq(root.status, 'successful')", "true", "std"},
    {"§4 empty array truthy", "root.emptyArr", "true", "std"},
    {"§4 empty object truthy", "root.emptyObj", "true", "std"},
    {"§4 JSON float via double: 15 significant digits", "eq(root.x, 0.123456789012346)", "true", "{\"x\": 0.1234567890123456789}"},
    {"§4 JSON float via double: extra digits lost", "eq(root.x, 0.1234567890123456789)", "false", "{\"x\": 0.1234567890123456789}"},
    {"§4 JSON integer exact", "eq(root.x, 12345678901234567890)", "true", "{\"x\": 12345678901234567890}"},
    {"§4 JSON integer beyond decimal", "root.x", "eval", "{\"x\": 123456789012345678901234567890}"},
    {"§4 NaN in the body", "root.x", "eval", "{\"x\": NaN}"},
    {"§4 Infinity in the body", "eq(root.x, 1)", "eval", "{\"x\": Infinity}"},
    {"§4 NaN elsewhere does not matter", "eq(root.y, 1)", "true", "{\"x\": NaN, \"y\": 1}"},
    {"§4 undefined is an opaque object", "root.x", "true", "{\"x\": undefined}"},
    {"§4 undefined is not empty", "eq(root.x, '')", "false", "{\"x\": undefined}"},
    {"§4 hex in the body", "eq(root.x, 31)", "true", "{\"x\": 0x1F}"},
    {"§4 octal in the body", "eq(root.x, 15)", "true", "{\"x\": 017}"},
    {"§4 single-quoted body", "eq(root.a, 'b')", "true", "{a: 'b'}"},
    {"§4 top-level array body", "eq(root[1], 2)", "true", "[1, 2, 3]"},
    {"§4 top-level string body", "eq(root, 'text')", "true", "\"text\""},
    {"§5 Boolean→Number true", "eq(1, true)", "true", "std"},
    {"§5 Boolean→Number false", "eq(0, false)", "true", "std"},
    {"§5 Boolean→String capitalised", "eq(replace(format('{0}', true), 'T', 'x'), 'xrue')", "true", "std"},
    {"§5 Boolean→String False", "eq(replace(format('{0}', false), 'F', 'x'), 'xalse')", "true", "std"},
    {"§5 Boolean→String via split", "eq(length(split(true, 'T')), 2)", "true", "std"},
    {"§5 Boolean→Null no", "eq(root.nullValue, false)", "false", "std"},
    {"§5 Boolean→Version no", "eq(1.2.3, true)", "false", "std"},
    {"§5 Null→Boolean", "not(root.missing)", "true", "std"},
    {"§5 Null→Number", "eq(0, root.missing)", "true", "std"},
    {"§5 Null→Number ordering", "lt(root.missing, 1)", "true", "std"},
    {"§5 Null→String", "eq('', root.missing)", "true", "std"},
    {"§5 Null→String in format", "eq(format('{0}', root.missing), '')", "true", "std"},
    {"§5 Null→Version no", "eq(1.2.3, root.missing)", "false", "std"},
    {"§5 Null→Version fails in ordering", "gt(1.2.3, root.missing)", "eval", "std"},
    {"§5 Number→Boolean", "not(0)", "true", "std"},
    {"§5 Number→Boolean nonzero", "not(-0.001)", "false", "std"},
    {"§5 Number→Null no", "eq(root.missing, 0)", "false", "std"},
    {"§5 Number→String rounds to 7 decimals", "eq('0.1234568', 0.123456789)", "true", "std"},
    {"§5 Number→String drops trailing zeros", "eq('1.5', 1.50)", "true", "std"},
    {"§5 Number→String integral", "eq('200', 200.0)", "true", "std"},
    {"§5 Number→String negative zero", "eq('0', -0)", "true", "std"},
    {"§5 Number→String no group separator", "eq('1234567', 1234567)", "true", "std"},
    {"§5 Number→Version 1.2", "eq(1.2.0, 1.2)", "false", "std"},
    {"§5 Number→Version 1.2 orders", "gt(1.2.0, 1.1)", "true", "std"},
    {"§5 Number→Version 1.0 is not a version", "gt(1.2.0, 1.0)", "eval", "std"},
    {"§5 Number→Version 1.0 in equality", "eq(1.2.0, 1.0)", "false", "std"},
    {"§5 Number→Version too large", "gt(1.2.0, 2147483648.1)", "eval", "std"},
    {"§5 String→Boolean 'false' is true", "and(true, 'false')", "true", "std"},
    {"§5 String→Boolean '0' is true", "and(true, '0')", "true", "std"},
    {"§5 String→Boolean ' ' is true", "and(true, ' ')", "true", "std"},
    {"§5 String→Boolean '' is false", "and(true, '')", "false", "std"},
    {"§5 String→Null only ''", "eq(root.missing, ' ')", "false", "std"},
    {"§5 String→Number empty", "eq(0, '')", "true", "std"},
    {"§5 String→Number spaces sign groups", "eq(123456.789, ' +123,456.7890 ')", "true", "std"},
    {"§5 String→Number space alone", "eq(0, ' ')", "false", "std"},
    {"§5 String→Number space alone in ordering", "gt(1, ' ')", "eval", "std"},
    {"§5 String→Number exponent", "eq(1000, '1e3')", "false", "std"},
    {"§5 String→Number hex", "eq(16, '0x10')", "false", "std"},
    {"§5 String→Number from the body", "eq(10, root.countStr)", "true", "std"},
    {"§5 String→Version surrounding whitespace", "eq(1.2.0, ' 1.2.0 ')", "true", "std"},
    {"§5 String→Version needs major.minor", "eq(1.0.0, '1')", "false", "std"},
    {"§5 String→Version fails in ordering", "gt(1.2.1, 'not a version')", "eval", "std"},
    {"§5 Version→Boolean", "and(true, 1.2.3)", "true", "std"},
    {"§5 Version→Number no", "eq(1.2, 1.2.0.0)", "false", "std"},
    {"§5 Version→Number fails in ordering", "gt(1.2, 1.2.0.0)", "eval", "std"},
    {"§5 Version→String", "eq('1.2.3', 1.2.3)", "true", "std"},
    {"§5 Array→Boolean", "and(true, root.emptyArr)", "true", "std"},
    {"§5 Object→Boolean", "and(true, root.emptyObj)", "true", "std"},
    {"§5 Array→Number no", "eq(0, root.items)", "false", "std"},
    {"§5 Array→Number fails in ordering", "gt(1, root.items)", "eval", "std"},
    {"§5 Array on the left of ordering", "gt(root.items, 1)", "eval", "std"},
    {"§5 Object on the left of ordering", "lt(root.obj, 1)", "eval", "std"},
    {"§5 Array→String no", "eq('', root.items)", "false", "std"},
    {"§5 Array→String fails in contains", "contains(root.items, '1')", "eval", "std"},
    {"§5 Object→String fails in format", "format('{0}', root.obj)", "eval", "std"},
    {"§5 Array→Version no", "eq(1.2.3, root.items)", "false", "std"},
    {"§6 eq(root.flag, 'false') is true for true", "eq(root.flag, 'false')", "true", "std"},
    {"§6 eq(root.off, 'false') is false for false", "eq(root.off, 'false')", "false", "std"},
    {"§6 string on the left compares text", "eq('false', root.flag)", "false", "std"},
    {"§6 string on the left compares text 2", "eq('false', root.off)", "true", "std"},
    {"§6 string on the left True", "eq('true', root.flag)", "true", "std"},
    {"§6 eq(0, missing)", "eq(0, root.missing)", "true", "std"},
    {"§6 eq(missing, 0)", "eq(root.missing, 0)", "false", "std"},
    {"§6 eq(false, missing)", "eq(false, root.missing)", "true", "std"},
    {"§6 eq(missing, false)", "eq(root.missing, false)", "false", "std"},
    {"§6 eq(missing, '')", "eq(root.missing, '')", "true", "std"},
    {"§6 eq('', missing)", "eq('', root.missing)", "true", "std"},
    {"§6 eq(missing, missing)", "eq(root.missing, root.other)", "true", "std"},
    {"§6 codeStr vs 200.0", "eq(root.codeStr, 200.0)", "true", "std"},
    {"§6 codeStr vs '200.0'", "eq(root.codeStr, '200.0')", "false", "std"},
    {"§6 '10.0' vs n", "eq('10.0', root.countStr)", "false", "std"},
    {"§6 '10.0' vs number 10", "eq('10.0', root.n)", "false", "std"},
    {"§6 n vs '10.0'", "eq(root.n, '10.0')", "true", "std"},
    {"§6 1000 vs '1,000'", "eq(1000, '1,000')", "true", "std"},
    {"§6 '1,000' vs 1000", "eq('1,000', 1000)", "false", "std"},
    {"§6 ne is not eq", "ne(root.missing, 0)", "true", "std"},
    {"§6 ne reversed", "ne(0, root.missing)", "false", "std"},
    {"§6 in with x on the left", "in(root.flag, 'no')", "true", "std"},
    {"§6 in evaluates earlier arguments", "in(1, 2, gt(1, 'x'))", "eval", "std"},
    {"§6 in stops at the first match", "in(1, 1, gt(1, 'x'))", "true", "std"},
    {"§6 notIn stops at the first match", "notIn(1, 1, gt(1, 'x'))", "false", "std"},
    {"§6 notIn evaluates until a match", "notIn(1, 2, gt(1, 'x'))", "eval", "std"},
    {"§6 containsValue truthy item", "containsValue(root.items, true)", "true", "std"},
    {"§6 containsValue false needle", "containsValue(root.zeros, false)", "true", "std"},
    {"§6 containsValue needle converts items", "containsValue(root.nums, '2.0')", "false", "std"},
    {"§6 containsValue number needle", "containsValue(root.strNums, 2)", "true", "std"},
    {"§6 containsValue number", "containsValue(root.nums, 2)", "true", "std"},
    {"§6 containsValue ignores case", "containsValue(root.names, 'FIRST')", "true", "std"},
    {"§6 containsValue object values", "containsValue(root.obj, 'x')", "true", "std"},
    {"§6 containsValue ignores keys", "containsValue(root.obj, 'a')", "false", "std"},
    {"§6 containsValue string is not a collection", "containsValue(root.status, 'succ')", "false", "std"},
    {"§6 containsValue literal string", "containsValue('abc', 'a')", "false", "std"},
    {"§6 containsValue missing skips the needle", "containsValue(root.missing, gt(1, 'x'))", "false", "std"},
    {"§6 containsValue evaluates the needle for arrays", "containsValue(root.items, gt(1, 'x'))", "eval", "std"},
    {"§6 containsValue of a split result", "containsValue(split('a,b', ','), 'B')", "true", "std"},
    {"§6 containsValue of a jsonpath result", "containsValue(jsonpath('$.objs[*].name'), 'second')", "true", "std"},
    {"§6 containsValue empty array", "containsValue(root.emptyArr, '')", "false", "std"},
    {"§6 containsValue null item", "containsValue(root.mixed, '')", "true", "std"},
    {"§6 object equals itself", "eq(root.obj, root.obj)", "true", "std"},
    {"§6 same path twice", "eq(root.obj, root['obj'])", "true", "std"},
    {"§6 array equals itself", "eq(root.objs, root.objs)", "true", "std"},
    {"§6 different kinds", "eq(root.emptyObj, root.emptyArr)", "false", "std"},
    {"§6 equal-looking objects are not equal", "eq(root.twinA, root.twinB)", "false", "std"},
    {"§6 equal-looking objects ne", "ne(root.twinA, root.twinB)", "true", "std"},
    {"§6 different array elements", "eq(root.objs[0], root.objs[1])", "false", "std"},
    {"§6 object vs string", "eq(root.obj, '')", "false", "std"},
    {"§6 string vs object", "eq('', root.obj)", "false", "std"},
    {"§6 null vs object", "eq(root.missing, root.obj)", "false", "std"},
    {"§7 countStr is text", "gt(root.countStr, 9)", "false", "std"},
    {"§7 number on the left", "lt(9, root.countStr)", "true", "std"},
    {"§7 version string is text", "lt(root.ver, 1.10.0)", "false", "std"},
    {"§7 version on the left", "gt(1.10.0, root.ver)", "true", "std"},
    {"§7 null on the left is 0", "lt(root.missing, 1)", "true", "std"},
    {"§7 null on the left vs text", "gt(root.missing, 'abc')", "eval", "std"},
    {"§7 number vs text", "gt(1, 'abc')", "eval", "std"},
    {"§7 equality does not fail", "eq(1, 'abc')", "false", "std"},
    {"§7 boolean vs object", "gt(true, root.obj)", "false", "std"},
    {"§7 boolean vs object ge", "ge(true, root.obj)", "true", "std"},
    {"§7 ignore case ordering", "lt('a', 'B')", "true", "std"},
    {"§7 underscore after letters", "gt('_', 'a')", "true", "std"},
    {"§7 underscore after Z", "lt('_', 'Z')", "false", "std"},
    {"§7 unicode ordering ignores case", "eq('é', 'É')", "true", "std"},
    {"§7 number vs number string", "ge(root.n, '10')", "true", "std"},
    {"§7 null vs null", "ge(root.missing, root.other)", "true", "std"},
    {"§8 array truthy", "root.items", "true", "std"},
    {"§8 empty array truthy", "root.emptyArr", "true", "std"},
    {"§8 format of zero", "format('{0}', root.zero)", "true", "std"},
    {"§8 lower of FALSE", "lower(root.notOk)", "true", "std"},
    {"§8 zero falsy", "root.zero", "false", "std"},
    {"§8 missing falsy", "root.missing", "false", "std"},
    {"§8 empty string falsy", "''", "false", "std"},
    {"§8 space truthy", "root.space", "true", "std"},
    {"§8 'false' truthy", "root.falseStr", "true", "std"},
    {"§8 '0' truthy", "root.zeroStr", "true", "std"},
    {"§8 object truthy", "root.obj", "true", "std"},
    {"§8 version truthy", "0.0.0", "true", "std"},
    {"§9 dot equals indexer", "eq(root.status, root['status'])", "true", "std"},
    {"§9 case-sensitive property", "eq(root.Status, 'other')", "true", "std"},
    {"§9 case-sensitive property missing", "root.Status", "false", "{\"status\": \"successful\"}"},
    {"§9 case-sensitive indexer", "eq(root['STATUS'], '')", "true", "{\"status\": \"successful\"}"},
    {"§9 number index on object", "eq(root[1], 'one-key')", "true", "std"},
    {"§9 boolean index on object", "eq(root[true], 'capital-true-key')", "true", "std"},
    {"§9 null index on object", "eq(root[root.missing], 'empty-key')", "true", "std"},
    {"§9 array index on object", "eq(root[root.items], '')", "true", "std"},
    {"§9 array element", "eq(root.items[0], 1)", "true", "std"},
    {"§9 array string index", "eq(root.items['1'], 2)", "true", "std"},
    {"§9 array padded string index", "eq(root.items[' 1 '], 2)", "true", "std"},
    {"§9 array index with point zero", "eq(root.items[2.0], 3)", "true", "std"},
    {"§9 array string index with decimals", "eq(root.items['1.0'], 2)", "true", "std"},
    {"§9 array out of range", "root.items[3]", "false", "std"},
    {"§9 array out of range is null", "eq(root.items[3], '')", "true", "std"},
    {"§9 array negative", "root.items[-1]", "false", "std"},
    {"§9 array non-numeric", "root.items['x']", "false", "std"},
    {"§9 array index by property name", "root.names.first", "false", "std"},
    {"§9 no length property", "root.items.length", "false", "std"},
    {"§9 no length property is null", "eq(root.items.length, '')", "true", "std"},
    {"§9 no count property", "eq(root.items.count, '')", "true", "std"},
    {"§9 indexing a string", "eq(root.status.length, '')", "true", "std"},
    {"§9 indexing a number", "eq(root.zero.x, '')", "true", "std"},
    {"§9 indexing missing data", "eq(root.a.b.c, '')", "true", "std"},
    {"§9 long path through missing data", "root.a.b.c.d.e[0]['f']", "false", "std"},
    {"§9 indexing a string with a number", "eq(root.status[0], '')", "true", "std"},
    {"§9 index not evaluated on a string", "root.status[gt(1, 'x')]", "false", "std"},
    {"§9 index not evaluated on null", "root.missing[gt(1, 'x')]", "false", "std"},
    {"§9 index evaluated on an object", "root.obj[gt(1, 'x')]", "eval", "std"},
    {"§9 index evaluated on an array", "root.items[gt(1, 'x')]", "eval", "std"},
    {"§9 same path is the same instance", "eq(root.nested.deep, root['nested']['deep'])", "true", "std"},
    {"§9 nested value", "eq(root.nested.deep.value, 42)", "true", "std"},
    {"§9 filtered array is not a value", "eq(root.objs.*.id, 1)", "false", "std"},
    {"§9 unicode property value", "eq(root.unicode, 'ÜNÏCÖDÉ')", "true", "std"},
    {"§9 duplicate keys: last wins", "eq(root.a, 2)", "true", "{\"a\": 1, \"a\": 2}"},
    {"§10 and stops at first false", "and(false, gt(1, 'x'))", "false", "std"},
    {"§10 and evaluates until false", "and(true, gt(1, 'x'))", "eval", "std"},
    {"§10 or stops at first true", "or(true, gt(1, 'x'))", "true", "std"},
    {"§10 or evaluates until true", "or(false, gt(1, 'x'))", "eval", "std"},
    {"§10 and of many", "and(true, 1, 'a', 1.2.3, root.obj, root.items)", "true", "std"},
    {"§10 or of many", "or(false, 0, '', root.missing, root.zero)", "false", "std"},
    {"§10 xor evaluates both", "xor(true, gt(1, 'x'))", "eval", "std"},
    {"§10 not of object", "not(root.emptyObj)", "false", "std"},
    {"§10 contains empty needle", "contains('abc', '')", "true", "std"},
    {"§10 contains null haystack empty needle", "contains(root.missing, '')", "true", "std"},
    {"§10 contains null haystack", "contains(root.missing, 'a')", "false", "std"},
    {"§10 contains is not array membership", "contains(root.names, 'first')", "eval", "std"},
    {"§10 contains object", "contains(root.obj, 'a')", "eval", "std"},
    {"§10 contains number in body", "contains(root.price, '.99')", "true", "std"},
    {"§10 startsWith empty", "startsWith('abc', '')", "true", "std"},
    {"§10 endsWith empty", "endsWith('abc', '')", "true", "std"},
    {"§10 startsWith object", "startsWith(root.obj, 'a')", "eval", "std"},
    {"§10 endsWith array needle", "endsWith('a', root.items)", "eval", "std"},
    {"§10 startsWith ignores case", "startsWith(root.status, 'SUCC')", "true", "std"},
    {"§10 coalesce skips null and empty", "eq(coalesce(root.missing, '', 'x'), 'x')", "true", "std"},
    {"§10 coalesce returns 0", "eq(coalesce(root.missing, 0, 'x'), 0)", "true", "std"},
    {"§10 coalesce returns false", "eq(coalesce(root.missing, false, 'x'), false)", "true", "std"},
    {"§10 coalesce returns last empty", "eq(coalesce(root.missing, ''), '')", "true", "std"},
    {"§10 coalesce returns last null", "coalesce('', root.missing)", "false", "std"},
    {"§10 coalesce stops early", "coalesce('a', gt(1, 'x'))", "true", "std"},
    {"§10 coalesce evaluates until found", "coalesce('', gt(1, 'x'))", "eval", "std"},
    {"§10 coalesce returns objects", "eq(coalesce(root.missing, root.obj), root.obj)", "true", "std"},
    {"§10 format", "eq(format('{0}-{1}', 'a', 'b'), 'a-b')", "true", "std"},
    {"§10 format escapes", "eq(format('{{0}}', 'a'), '{0}')", "true", "std"},
    {"§10 format close escape", "eq(format('a}}b', 'x'), 'a}b')", "true", "std"},
    {"§10 format order", "eq(format('{1}{0}', 'a', 'b'), 'ba')", "true", "std"},
    {"§10 format repeats", "eq(format('{0}{0}', 'x'), 'xx')", "true", "std"},
    {"§10 format no arguments", "eq(format('plain'), 'plain')", "true", "std"},
    {"§10 format number", "eq(format('{0}', 1.50), '1.5')", "true", "std"},
    {"§10 format null", "eq(format('{0}', root.missing), '')", "true", "std"},
    {"§10 format version", "eq(format('{0}', 1.2.3), '1.2.3')", "true", "std"},
    {"§10 format empty specifiers", "eq(format('{0:}', 'a'), 'a')", "true", "std"},
    {"§10 format unclosed", "format('{0', 'a')", "eval", "std"},
    {"§10 format empty braces", "format('{}', 'a')", "eval", "std"},
    {"§10 format space index", "format('{ 0}', 'a')", "eval", "std"},
    {"§10 format lone close brace", "format('}', 'a')", "eval", "std"},
    {"§10 format index beyond arguments", "format('{2}', 'a')", "eval", "std"},
    {"§10 format references more than supplied", "format('{0} {1}', 'a')", "eval", "std"},
    {"§10 format index over 255", "format('{256}', 'a')", "eval", "std"},
    {"§10 format specifiers need a DateTime", "format('{0:yyyy}', 'a')", "eval", "std"},
    {"§10 format specifiers on a number", "format('{0:N2}', 1)", "eval", "std"},
    {"§10 format arguments are lazy", "eq(format('a', gt(1, 'x')), 'a')", "true", "std"},
    {"§10 format evaluates referenced arguments", "format('{0}', gt(1, 'x'))", "eval", "std"},
    {"§10 format checks the pattern before arguments", "format('{1', gt(1, 'x'))", "eval", "std"},
    {"§10 format of an array fails", "format('{0}', root.items)", "eval", "std"},
    {"§10 join", "eq(join(',', root.names), 'first,second')", "true", "std"},
    {"§10 join numbers", "eq(join(', ', root.nums), '1, 2, 3')", "true", "std"},
    {"§10 join empty", "eq(join(',', root.emptyArr), '')", "true", "std"},
    {"§10 join mixed items", "eq(join(',', root.mixed), '1,two,True,,,')", "true", "std"},
    {"§10 join a string", "eq(join(',', 'abc'), 'abc')", "true", "std"},
    {"§10 join a number", "eq(join(',', 5), '5')", "true", "std"},
    {"§10 join null", "eq(join(',', root.missing), '')", "true", "std"},
    {"§10 join an object", "eq(join(',', root.obj), '')", "true", "std"},
    {"§10 join skips the separator for no items", "eq(join(gt(1, 'x'), root.emptyArr), '')", "true", "std"},
    {"§10 join skips the separator for one item", "eq(join(gt(1, 'x'), split('a', ',')), 'a')", "true", "std"},
    {"§10 join evaluates the separator for two items", "join(gt(1, 'x'), root.names)", "eval", "std"},
    {"§10 join a split result", "eq(join('-', split('a,b,c', ',')), 'a-b-c')", "true", "std"},
    {"§10 join a jsonpath result", "eq(join('+', jsonpath('$.names[*]')), 'first+second')", "true", "std"},
    {"§10 join separator object fails", "join(root.obj, root.names)", "eval", "std"},
    {"§10 length string", "eq(length('abc'), 3)", "true", "std"},
    {"§10 length array", "eq(length(root.items), 3)", "true", "std"},
    {"§10 length object", "eq(length(root.obj), 2)", "true", "std"},
    {"§10 length split", "eq(length(split('a,b', ',')), 2)", "true", "std"},
    {"§10 length empty string", "eq(length(''), 0)", "true", "std"},
    {"§10 length empty object", "eq(length(root.emptyObj), 0)", "true", "std"},
    {"§10 length jsonpath", "eq(length(jsonpath('$.items[*]')), 3)", "true", "std"},
    {"§10 length null fails", "length(root.missing)", "eval", "std"},
    {"§10 length boolean fails", "length(true)", "eval", "std"},
    {"§10 length number fails", "length(1)", "eval", "std"},
    {"§10 length version fails", "length(1.2.3)", "eval", "std"},
    {"§10 length counts UTF-16 units", "eq(length('😀'), 2)", "true", "std"},
    {"§10 lower", "eq(replace(lower('ABC'), 'abc', 'ok'), 'ok')", "true", "std"},
    {"§10 upper", "eq(replace(upper('abc'), 'ABC', 'ok'), 'ok')", "true", "std"},
    {"§10 upper keeps sharp s", "eq(replace(upper('straße'), 'STRAßE', 'ok'), 'ok')", "true", "std"},
    {"§10 lower null", "eq(lower(root.missing), '')", "true", "std"},
    {"§10 lower array fails", "lower(root.items)", "eval", "std"},
    {"§10 upper object fails", "upper(root.obj)", "eval", "std"},
    {"§10 lower number", "eq(lower(1.5), '1.5')", "true", "std"},
    {"§10 replace", "eq(replace('abc', 'b', 'x'), 'axc')", "true", "std"},
    {"§10 replace all", "eq(replace('abcb', 'b', 'x'), 'axcx')", "true", "std"},
    {"§10 replace is case-sensitive", "eq(replace('aBc', 'b', 'x'), 'axc')", "false", "std"},
    {"§10 replace is case-sensitive 2", "eq(replace('aBc', 'b', 'x'), 'aBc')", "true", "std"},
    {"§10 replace empty search", "eq(replace('abc', '', 'x'), 'abc')", "true", "std"},
    {"§10 replace two arguments", "eq(replace('abcb', 'b'), 'ac')", "true", "std"},
    {"§10 replace skips the third argument", "eq(replace('abc', '', gt(1, 'x')), 'abc')", "true", "std"},
    {"§10 replace array fails", "replace(root.items, 'a', 'b')", "eval", "std"},
    {"§10 split keeps empty parts", "eq(length(split('a,,b,', ',')), 4)", "true", "std"},
    {"§10 split result is truthy", "split('', ',')", "true", "std"},
    {"§10 split result is an object", "eq(split('a,b', ','), 'a')", "false", "std"},
    {"§10 split string separator", "eq(length(split('a--b--c', '--')), 3)", "true", "std"},
    {"§10 split on whitespace when the separator is empty", "eq(join('|', split('a b', '')), 'a|b')", "true", "std"},
    {"§10 split null", "eq(length(split(root.missing, ',')), 1)", "true", "std"},
    {"§10 split array fails", "split(root.items, ',')", "eval", "std"},
    {"§10 split result indexing is null", "eq(split('a,b', ',')[0], '')", "true", "std"},
    {"§10 convertToJson object", "eq(convertToJson(root.obj), '{\n  \"a\": 1,\n  \"b\": \"x\"\n}')", "true", "std"},
    {"§10 convertToJson empty array", "eq(convertToJson(root.emptyArr), '[]')", "true", "std"},
    {"§10 convertToJson null", "eq(convertToJson(root.missing), 'null')", "true", "std"},
    {"§10 convertToJson boolean", "eq(convertToJson(true), 'true')", "true", "std"},
    {"§10 trim", "eq(trim('  a  '), 'a')", "true", "std"},
    {"§10 trim length", "eq(length(trim(' a ')), 1)", "true", "std"},
    {"§10 trim array fails", "trim(root.items)", "eval", "std"},
    {"§10 iif true", "eq(iif(true, 'a', 'b'), 'a')", "true", "std"},
    {"§10 iif false", "eq(iif(false, 'a', 'b'), 'b')", "true", "std"},
    {"§10 iif truthiness", "eq(iif(root.missing, 'a', 'b'), 'b')", "true", "std"},
    {"§10 iif is lazy", "iif(true, 'a', gt(1, 'x'))", "true", "std"},
    {"§10 iif is lazy 2", "iif(false, gt(1, 'x'), 'b')", "true", "std"},
    {"§10 iif one argument", "iif(true)", "false", "std"},
    {"§10 iif two arguments false", "iif(false, 'a')", "false", "std"},
    {"§10 count array", "eq(count(root.items), 3)", "true", "std"},
    {"§10 count object", "eq(count(root.obj), 2)", "true", "std"},
    {"§10 count empty array", "eq(count(root.emptyArr), 0)", "true", "std"},
    {"§10 count null is 0", "eq(count(root.missing), 0)", "true", "std"},
    {"§10 count split", "eq(count(split('a,b', ',')), 2)", "true", "std"},
    {"§10 count jsonpath", "eq(count(jsonpath('$.objs[*]')), 2)", "true", "std"},
    {"§10 count string fails", "count('abc')", "eval", "std"},
    {"§10 count number fails", "count(1)", "eval", "std"},
    {"§10 count boolean fails", "count(root.flag)", "eval", "std"},
    {"§10 count duplicate keys once", "eq(count(root), 1)", "true", "{\"a\": 1, \"a\": 2}"},
    {"§10 jsonpath wildcard", "eq(count(jsonpath('$.items[*]')), 3)", "true", "std"},
    {"§10 jsonpath filter", "eq(count(jsonpath('$.objs[?(@.id > 1)]')), 1)", "true", "std"},
    {"§10 jsonpath without $", "eq(count(jsonpath('objs[?(@.name == ''first'')]')), 1)", "true", "std"},
    {"§10 jsonpath result indexed", "eq(jsonpath('$.status')[0], 'successful')", "true", "std"},
    {"§10 jsonpath result truthy even empty", "jsonpath('$.nothing')", "true", "std"},
    {"§10 jsonpath nothing", "eq(count(jsonpath('$.nothing')), 0)", "true", "std"},
    {"§10 jsonpath recursive", "eq(count(jsonpath('$..name')), 2)", "true", "std"},
    {"§10 jsonpath invalid path", "jsonpath('$[')", "eval", "std"},
    {"§10 jsonpath of a number path is a property name", "eq(count(jsonpath(1)), 1)", "true", "std"},
    {"§10 jsonpath array argument fails", "jsonpath(root.items)", "eval", "std"},
    {"§10 jsonpath results equal their nodes", "eq(jsonpath('$.obj')[0], root.obj)", "true", "std"},
};
// clang-format on

QByteArray standardBody()
{
    QFile file(QStringLiteral(RESTGATE_TEST_DATA_DIR "/standard.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data standard.json");
    return file.readAll();
}

/// "true", "false", "eval" or "parse:<kind>" for an expression against a body.
QString outcome(const QString &expression, const QByteArray &body, bool noBody, QString *detail = nullptr)
{
    const ParseResult parsed = parse(expression);
    if (!parsed.ok()) {
        if (detail)
            *detail = parsed.error.message;
        return QStringLiteral("parse:") + ParseError::kindName(parsed.error.kind);
    }
    Json::Document document;
    if (!noBody) {
        document = Json::Document::parse(body);
        if (document.hasError())
            qFatal("test body does not parse: %s", qPrintable(document.error().message));
    }
    const Evaluation evaluation = evaluate(parsed.program, document.root());
    if (!evaluation.ok) {
        if (detail)
            *detail = evaluation.error;
        return QStringLiteral("eval");
    }
    return evaluation.result ? QStringLiteral("true") : QStringLiteral("false");
}

Evaluation run(const QString &expression, const QByteArray &body)
{
    const ParseResult parsed = parse(expression);
    if (!parsed.ok())
        qFatal("does not parse: %s", qPrintable(parsed.error.message));
    static Json::Document document; // keeps the values alive for the caller
    document = Json::Document::parse(body);
    return evaluate(parsed.program, document.root());
}

void addCases(const Case *cases, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        const Case &c = cases[i];
        QByteArray name = QByteArray(c.expression).replace('\n', "\\n").replace('\r', "\\r").replace('\t', "\\t");
        QTest::addRow("%s: %s", c.source, name.constData())
            << QString::fromUtf8(c.expression) << QString::fromLatin1(c.expected) << QByteArray(c.body);
    }
}

} // namespace

class TestExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_standard = standardBody(); }

    void evaluate_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QByteArray>("body");
        addCases(kExpressionsL0Cases, std::size(kExpressionsL0Cases));
        addCases(kSpecificationCases, std::size(kSpecificationCases));
    }

    void evaluate()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        QFETCH(QByteArray, body);
        const bool noBody = body == "none";
        QString detail;
        const QString actual = outcome(expression, body == "std" ? m_standard : body, noBody, &detail);
        if (actual != expected)
            qWarning().noquote() << "detail:" << detail;
        QCOMPARE(actual, expected);
    }

    void arity_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<int>("position");
        // §3/§10: ')' below the minimum or a ',' past the maximum is "Unexpected symbol" at that token.
        for (const FunctionInfo &info : functions()) {
            const auto call = [&](int count) {
                QStringList arguments;
                for (int i = 0; i < count; ++i)
                    arguments.append(QStringLiteral("'1'"));
                return info.name + u'(' + arguments.join(QStringLiteral(", ")) + u')';
            };
            const QByteArray name = info.name.toLatin1();
            if (info.minArgs > 0) {
                const QString tooFew = call(info.minArgs - 1);
                QTest::addRow("§10 %s with min-1 (%d) arguments", name.constData(), info.minArgs - 1)
                    << tooFew << false << int(tooFew.size());
            }
            QTest::addRow("§10 %s with min (%d) arguments", name.constData(), info.minArgs)
                << call(info.minArgs) << true << 0;
            if (info.maxArgs != Unlimited) {
                QTest::addRow("§10 %s with max (%d) arguments", name.constData(), info.maxArgs)
                    << call(info.maxArgs) << true << 0;
                const QString tooMany = call(info.maxArgs + 1);
                // The offending ',' is the one after the max-th argument.
                const int comma = int(call(info.maxArgs).size()) - 1;
                QTest::addRow("§10 %s with max+1 (%d) arguments", name.constData(), info.maxArgs + 1)
                    << tooMany << false << comma + 1;
            } else {
                QTest::addRow("§10 %s takes 20 arguments", name.constData()) << call(20) << true << 0;
            }
        }
    }

    void arity()
    {
        QFETCH(QString, expression);
        QFETCH(bool, parses);
        QFETCH(int, position);
        const ParseResult result = parse(expression);
        QCOMPARE(result.ok(), parses);
        if (!parses) {
            QCOMPARE(result.error.kind, ParseError::Kind::UnexpectedSymbol);
            QCOMPARE(result.error.position, position);
            QVERIFY2(result.error.hint.contains(QStringLiteral("wrong number of arguments")),
                     qPrintable(result.error.hint));
        }
    }

    void arityTable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        // §10, ADO2022 ExpressionConstants.cs (trim, iif: DOC; count, jsonpath: one argument, documented choice).
        QTest::addRow("and") << "and" << 2 << Unlimited;
        QTest::addRow("or") << "or" << 2 << Unlimited;
        QTest::addRow("not") << "not" << 1 << 1;
        QTest::addRow("xor") << "xor" << 2 << 2;
        QTest::addRow("eq") << "eq" << 2 << 2;
        QTest::addRow("ne") << "ne" << 2 << 2;
        QTest::addRow("gt") << "gt" << 2 << 2;
        QTest::addRow("ge") << "ge" << 2 << 2;
        QTest::addRow("lt") << "lt" << 2 << 2;
        QTest::addRow("le") << "le" << 2 << 2;
        QTest::addRow("in: 2 in every engine, not DOC's 1") << "in" << 2 << Unlimited;
        QTest::addRow("notIn") << "notIn" << 2 << Unlimited;
        QTest::addRow("containsValue") << "containsValue" << 2 << 2;
        QTest::addRow("contains") << "contains" << 2 << 2;
        QTest::addRow("startsWith") << "startsWith" << 2 << 2;
        QTest::addRow("endsWith") << "endsWith" << 2 << 2;
        QTest::addRow("coalesce") << "coalesce" << 2 << Unlimited;
        QTest::addRow("format") << "format" << 1 << 255;
        QTest::addRow("join") << "join" << 2 << 2;
        QTest::addRow("length") << "length" << 1 << 1;
        QTest::addRow("lower") << "lower" << 1 << 1;
        QTest::addRow("upper") << "upper" << 1 << 1;
        QTest::addRow("replace: 2 in code, not DOC's 3") << "replace" << 2 << 3;
        QTest::addRow("split") << "split" << 2 << 2;
        QTest::addRow("convertToJson") << "convertToJson" << 1 << 1;
        QTest::addRow("trim") << "trim" << 1 << 1;
        QTest::addRow("iif") << "iif" << 1 << 3;
        QTest::addRow("count") << "count" << 1 << 1;
        QTest::addRow("jsonpath") << "jsonpath" << 1 << 1;
    }

    void arityTable()
    {
        QFETCH(QString, name);
        QFETCH(int, min);
        QFETCH(int, max);
        const FunctionInfo *info = findFunction(name.toUpper());
        QVERIFY(info);
        QCOMPARE(info->name, name);
        QCOMPARE(info->minArgs, min);
        QCOMPARE(info->maxArgs, max);
        QVERIFY(!info->description.isEmpty());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<ParseError::Kind>("kind");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("position");
        using K = ParseError::Kind;
        QTest::addRow("L0 invalid number") << "eq(1.2, 3.4a)" << K::UnrecognizedValue << "3.4a" << 9;
        QTest::addRow("L0 invalid version") << "eq(1.2.3, 4.5.6.7a)" << K::UnrecognizedValue << "4.5.6.7a" << 11;
        QTest::addRow("L0 unterminated string")
            << "eq('hello', 'unterminated-string)" << K::UnrecognizedValue << "'unterminated-string)" << 13;
        QTest::addRow("L0 unclosed function") << "eq(1,2" << K::UnclosedFunction << "eq" << 1;
        QTest::addRow("L0 expected start parameter") << "not(eq 1,2)" << K::ExpectedStartParameter << "eq" << 5;
        QTest::addRow("§2 == operator") << "eq(1 == 1, true)" << K::UnrecognizedValue << "==" << 6;
        QTest::addRow("§2 double quotes") << "\"abc\"" << K::UnrecognizedValue << "\"abc\"" << 1;
        QTest::addRow("§2 null") << "null" << K::UnrecognizedValue << "null" << 1;
        QTest::addRow("§2 unknown function") << "and(true, foo(1))" << K::UnrecognizedValue << "foo" << 11;
        QTest::addRow("§2 unterminated last string") << "eq(1, 'x" << K::UnrecognizedValue << "'x" << 7;
        QTest::addRow("§3 two values") << "true false" << K::UnexpectedSymbol << "false" << 6;
        QTest::addRow("§3 infix and") << "eq(1,1) and eq(2,2)" << K::UnexpectedSymbol << "and" << 9;
        QTest::addRow("§3 grouping") << "(eq(1,1))" << K::UnexpectedSymbol << "(" << 1;
        QTest::addRow("§3 function without paren") << "eq" << K::ExpectedStartParameter << "eq" << 1;
        QTest::addRow("§3 trailing dot") << "root." << K::ExpectedPropertyName << "." << 5;
        QTest::addRow("§3 double dot") << "root..a" << K::UnexpectedSymbol << "." << 6;
        QTest::addRow("§3 dot number") << "root.0" << K::UnexpectedSymbol << "0" << 6;
        QTest::addRow("§3 dot hyphen") << "root.my-key" << K::UnexpectedSymbol << "my-key" << 6;
        QTest::addRow("§3 empty indexer") << "root[]" << K::UnexpectedSymbol << "]" << 6;
        QTest::addRow("§3 two indexes") << "root['a','b']" << K::UnexpectedSymbol << "," << 9;
        QTest::addRow("§3 leading comma") << "eq(,1)" << K::UnexpectedSymbol << "," << 4;
        QTest::addRow("§3 double comma") << "eq(1,,1)" << K::UnexpectedSymbol << "," << 6;
        QTest::addRow("§3 trailing comma") << "and(true,true,)" << K::UnexpectedSymbol << ")" << 15;
        QTest::addRow("§3 too few") << "eq(1)" << K::UnexpectedSymbol << ")" << 5;
        QTest::addRow("§3 too many") << "eq(1,2,3)" << K::UnexpectedSymbol << "," << 7;
        QTest::addRow("§3 unclosed indexer") << "root['a'" << K::UnclosedIndexer << "[" << 5;
        QTest::addRow("§3 literal indexed") << "'abc'[0]" << K::UnexpectedSymbol << "[" << 6;
        QTest::addRow("§3 leading whitespace counts") << "  ]" << K::UnexpectedSymbol << "]" << 3;
        QTest::addRow("§3 multi-line position") << "and(\n  true,\n  foo(1))" << K::UnrecognizedValue << "foo" << 16;
        QTest::addRow("§3 wildcard misplaced") << "eq(*, 1)" << K::UnexpectedSymbol << "*" << 4;
        QTest::addRow("§3 innermost unclosed wins") << "and(eq(1, root['a'" << K::UnclosedIndexer << "[" << 15;
    }

    void parseErrors()
    {
        QFETCH(QString, expression);
        QFETCH(ParseError::Kind, kind);
        QFETCH(QString, token);
        QFETCH(int, position);
        const ParseResult result = parse(expression);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, kind);
        QCOMPARE(result.error.token, token);
        QCOMPARE(result.error.position, position);
        QCOMPARE(result.error.length, int(token.size()));
        QVERIFY(!result.error.hint.isEmpty());
        QCOMPARE(result.error.message,
                 QStringLiteral("%1: '%2'. Located at position %3 within expression: %4.")
                     .arg(result.error.message.section(u':', 0, 0), token, QString::number(position), expression));
    }

    void parseErrorMessages_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        // §3 wording (RUNNER ExpressionResources).
        QTest::addRow("Unexpected symbol") << "eq(1)"
                                           << "Unexpected symbol: ')'. Located at position 5 within expression: eq(1).";
        QTest::addRow("Unrecognized value") << "eq(1, null)"
                                            << "Unrecognized value: 'null'. Located at position 7 within expression: "
                                               "eq(1, null).";
        QTest::addRow("Expected '('") << "not(eq 1,2)"
                                      << "Expected '(' to follow a function: 'eq'. Located at position 5 within "
                                         "expression: not(eq 1,2).";
        QTest::addRow("Expected a property name") << "root."
                                                  << "Expected a property name to follow the dereference operator '.': "
                                                     "'.'. Located at position 5 within expression: root..";
        QTest::addRow("Unclosed function")
            << "eq(1,2"
            << "Unclosed function: 'eq'. Located at position 1 within expression: eq(1,2.";
        QTest::addRow("Unclosed indexer")
            << "root['a'"
            << "Unclosed indexer: '['. Located at position 5 within expression: root['a'.";
    }

    void parseErrorMessages()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        QCOMPARE(parse(expression).error.message, message);
    }

    void hints_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("hint");
        QTest::addRow("unknown function") << "fooBar(1)"
                                          << "unknown function 'fooBar'";
        QTest::addRow("misspelled function") << "startWith('a', 'b')"
                                             << "did you mean 'startsWith'?";
        QTest::addRow("double quotes") << "eq(1, \"a\")"
                                       << "double-quoted strings are not allowed; use single quotes";
        QTest::addRow("operator ==") << "root.a == 1"
                                     << "operators like == are not supported; use eq(a, b)";
        QTest::addRow("operator !=") << "eq(root.a != 1, true)"
                                     << "use ne(a, b)";
        QTest::addRow("operator &&") << "and(true && true)"
                                     << "use and(a, b)";
        QTest::addRow("null literal") << "eq(root.a, null)"
                                      << "there is no null literal";
        QTest::addRow("arity") << "eq(1)"
                               << "wrong number of arguments: eq takes exactly 2, got 1";
        QTest::addRow("arity too many") << "not(true, false)"
                                        << "wrong number of arguments: not takes exactly 1";
        QTest::addRow("grouping") << "(true)"
                                  << "there are no grouping parentheses";
        QTest::addRow("infix and") << "eq(1,1) and eq(2,2)"
                                   << "write and(a, b) instead of a and b";
        QTest::addRow("hyphen name") << "root.my-key"
                                     << "root['my-key']";
        QTest::addRow("unclosed string") << "eq('a, 'b')"
                                         << "a string probably ended early";
        QTest::addRow("unterminated string") << "eq('a', 'b)"
                                             << "never closed";
        QTest::addRow("variables") << "eq(variables['x'], 1)"
                                   << "use $(name) macros";
        QTest::addRow("literal index") << "'a'[0]"
                                       << "literals cannot be indexed";
        QTest::addRow("unknown name") << "eq(status, 'x')"
                                      << "root['status']";
        QTest::addRow("exponent") << "eq(1e3, 1000)"
                                  << "is not a number";
        QTest::addRow("depth") << QString(QStringLiteral("not(").repeated(50) + QStringLiteral("true")
                                          + QStringLiteral(")").repeated(50))
                               << "nested 50 deep";
    }

    void hints()
    {
        QFETCH(QString, expression);
        QFETCH(QString, hint);
        const ParseResult result = parse(expression);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.hint.contains(hint), qPrintable(result.error.hint));
    }

    void limits_length()
    {
        // §3 MaxLength = 21000, whitespace included; exactly 21000 is fine.
        const QString prefix = QStringLiteral("eq('");
        const QString suffix = QStringLiteral("', 'x')");
        const QString ok = prefix + QString(21000 - prefix.size() - suffix.size(), u'x') + suffix;
        QCOMPARE(ok.size(), 21000);
        QVERIFY(parse(ok).ok());
        const QString tooLong = ok + u' ';
        const ParseResult result = parse(tooLong);
        QCOMPARE(result.error.kind, ParseError::Kind::ExceededMaxLength);
        QCOMPARE(result.error.message, QStringLiteral("Exceeded max expression length 21000."));
        QCOMPARE(outcome(QString(21000, u' '), {}, true), QStringLiteral("false")); // blank parses to nothing
        QCOMPARE(parse(QString(21001, u' ')).error.kind, ParseError::Kind::ExceededMaxLength);
    }

    void limits_depth_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("parses");
        const auto nots = [](int n, const QString &inner) {
            return QStringLiteral("not(").repeated(n) + inner + QStringLiteral(")").repeated(n);
        };
        // §3 MaxDepth = 50: after every token at most 49 containers may be open (AGENT ThrowsWhenExceededMaxDepth).
        QTest::addRow("§3 49 nested calls") << nots(49, QStringLiteral("true")) << true;
        QTest::addRow("§3 50 nested calls") << nots(50, QStringLiteral("true")) << false;
        QTest::addRow("§3 not x49 root['x']: the open '[' is the 50th")
            << nots(49, QStringLiteral("root['x']")) << false;
        QTest::addRow("§3 not x48 root['x']") << nots(48, QStringLiteral("root['x']")) << true;
        QTest::addRow("§3 dereference opens nothing") << nots(49, QStringLiteral("root.x")) << true;
        QTest::addRow("§3 depth is about open containers, not total") << QStringLiteral("and(")
                + nots(40, QStringLiteral("true")) + QStringLiteral(", ") + nots(40, QStringLiteral("true"))
                + u')' << true;
        QTest::addRow("§3 nested indexers count")
            << QStringLiteral("root[").repeated(49) + QStringLiteral("'a'") + QStringLiteral("]").repeated(49) << true;
        QTest::addRow("§3 50 nested indexers")
            << QStringLiteral("root[").repeated(50) + QStringLiteral("'a'") + QStringLiteral("]").repeated(50) << false;
    }

    void limits_depth()
    {
        QFETCH(QString, expression);
        QFETCH(bool, parses);
        const ParseResult result = parse(expression);
        QCOMPARE(result.ok(), parses);
        if (!parses) {
            QCOMPARE(result.error.kind, ParseError::Kind::ExceededMaxDepth);
            QCOMPARE(result.error.message, QStringLiteral("Exceeded max expression depth 50."));
            QVERIFY(result.error.position > 0);
        }
    }

    void evaluationErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("message");
        // §5/§11 TypeCastException: "Unable to convert from {Kind} to {Kind}. Value: {value}" (L0
        // FromKind/ToKind/Value)
        QTest::addRow("L0 String to Number") << "gt(1, 'not a number')"
                                             << "Unable to convert from String to Number. Value: 'not a number'";
        QTest::addRow("L0 Version to Number") << "gt(1.2, 1.2.0.0)"
                                              << "Unable to convert from Version to Number. Value: v1.2.0.0";
        QTest::addRow("L0 Boolean to Version") << "gt(1.2.3, false)"
                                               << "Unable to convert from Boolean to Version. Value: False";
        QTest::addRow("L0 Number to Version") << "gt(1.2.0, 2147483648.1)"
                                              << "Unable to convert from Number to Version. Value: 2147483648.1";
        QTest::addRow("L0 String to Version") << "lt(1.2.1, 'not a version')"
                                              << "Unable to convert from String to Version. Value: 'not a version'";
        QTest::addRow("§5 Array to String") << "contains(root.items, 'x')"
                                            << "Unable to convert from Array to String. Value: Array";
        QTest::addRow("§5 Object to Number") << "lt(root.obj, 1)"
                                             << "Unable to convert from Object to Number. Value: Object";
        QTest::addRow("§7 null on the left") << "gt(root.missing, 'abc')"
                                             << "Unable to convert from String to Number. Value: 'abc'";
        QTest::addRow("quotes doubled in the value") << "gt(1, 'it''s')"
                                                     << "Unable to convert from String to Number. Value: 'it''s'";
        QTest::addRow("§10 length of null") << "length(root.missing)"
                                            << "Kind 'Null' not supported. Only arrays, strings, dictionaries, or "
                                               "collections are supported for the length function.";
        QTest::addRow("§10 length of a number") << "length(1)"
                                                << "Kind 'Number' not supported. Only arrays, strings, dictionaries, "
                                                   "or collections are supported for the length function.";
        QTest::addRow("§10 format invalid") << "format('{0', 'a')"
                                            << "The following format string is invalid: {0";
        QTest::addRow("§10 format argument missing") << "format('{1}', 'a')"
                                                     << "The following format string references more arguments than "
                                                        "were supplied: {1}";
        QTest::addRow("§10 format specifiers") << "format('{0:yyyy}', 'a')"
                                               << "The format specifiers 'yyyy' are not valid for objects of type "
                                                  "'String'";
        QTest::addRow("§10 format pattern before arguments") << "format('{1', gt(1, 'x'))"
                                                             << "The following format string is invalid: {1";
        QTest::addRow("§10 count of a string") << "count('abc')"
                                               << "count() needs an array or an object; got String 'abc'";
        QTest::addRow("§10 jsonpath syntax") << "jsonpath('$[')"
                                             << "Path ended with open indexer.";
        QTest::addRow("§10 jsonpath filter operator") << "jsonpath('$.items[?(@ ~ 1)]')"
                                                      << "Could not read query operator.";
    }

    void evaluationErrors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, message);
        QString detail;
        QCOMPARE(outcome(expression, m_standard, false, &detail), QStringLiteral("eval"));
        QCOMPARE(detail, message);
    }

    void numberOverflowFromTheBody()
    {
        QString detail;
        QCOMPARE(outcome(QStringLiteral("root.x"), QByteArray("{\"x\": NaN}"), false, &detail), QStringLiteral("eval"));
        QCOMPARE(detail, QStringLiteral("Value was either too large or too small for a Decimal."));
    }

    void undefinedInTheBody()
    {
        // Json.NET's undefined canonicalises to an opaque Object: truthy, equal to nothing else, not countable.
        const QByteArray body = "{\"u\": undefined, \"list\": [1,,2]}";
        QString detail;
        QCOMPARE(outcome(QStringLiteral("count(root.u)"), body, false, &detail), QStringLiteral("eval"));
        QCOMPARE(detail, QStringLiteral("count() needs an array or an object; got undefined"));
        QCOMPARE(outcome(QStringLiteral("eq(count(root.list), 3)"), body, false), QStringLiteral("true"));
        QCOMPARE(outcome(QStringLiteral("root.list[1]"), body, false), QStringLiteral("true"));
        QCOMPARE(outcome(QStringLiteral("eq(convertToJson(root.list), '[\n  1,\n  {},\n  2\n]')"), body, false),
                 QStringLiteral("true"));
        QCOMPARE(outcome(QStringLiteral("length(root.u)"), body, false), QStringLiteral("eval"));
    }

    void memoryLimit()
    {
        // §11 MaxMemory (1 MB): a string costs 26 + 2 bytes per character.
        const QByteArray body =
            "{\"big\": \"" + QByteArray(300000, 'x') + "\", \"huge\": \"" + QByteArray(600000, 'y') + "\"}";
        QString detail;
        QCOMPARE(outcome(QStringLiteral("length(format('{0}{0}', root.big))"), body, false, &detail),
                 QStringLiteral("eval"));
        QCOMPARE(detail,
                 QStringLiteral("The maximum allowed memory size was exceeded while evaluating the following "
                                "expression: format('{0}{0}', root['big'])"));
        QCOMPARE(outcome(QStringLiteral("eq(root.huge, 'x')"), body, false, &detail), QStringLiteral("eval"));
        QCOMPARE(detail,
                 QStringLiteral("The maximum allowed memory size was exceeded while evaluating the following "
                                "expression: eq(root['huge'], 'x')"));
        QCOMPARE(outcome(QStringLiteral("eq(length(root.big), 300000)"), body, false), QStringLiteral("true"));
    }

    void values_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        // The value itself, where eq()'s case-insensitive comparison would hide a difference.
        QTest::addRow("§10 format") << "format('{0}-{1}', 'a', 'b')"
                                    << "String"
                                    << "a-b";
        QTest::addRow("§5 format of a number") << "format('{0}', 0.123456789)"
                                               << "String"
                                               << "0.1234568";
        QTest::addRow("§5 format of true") << "format('{0}', true)"
                                           << "String"
                                           << "True";
        QTest::addRow("§5 format of a version") << "format('{0}', 1.2.3)"
                                                << "String"
                                                << "1.2.3";
        QTest::addRow("§10 join mixed") << "join(',', root.mixed)"
                                        << "String"
                                        << "1,two,True,,,";
        QTest::addRow("§10 convertToJson object") << "convertToJson(root.obj)"
                                                  << "String"
                                                  << "{\n  \"a\": 1,\n  \"b\": \"x\"\n}";
        QTest::addRow("§10 convertToJson nested") << "convertToJson(root.objs)"
                                                  << "String"
                                                  << "[\n  {\n    \"id\": 1,\n    \"name\": \"first\"\n  },\n  {\n    "
                                                     "\"id\": 2,\n    \"name\": \"second\"\n  "
                                                     "}\n]";
        QTest::addRow("§10 convertToJson mixed") << "convertToJson(root.mixed)"
                                                 << "String"
                                                 << "[\n  1,\n  \"two\",\n  true,\n  null,\n  {\n    \"x\": 1\n  },\n  "
                                                    "[\n    1\n  ]\n]";
        QTest::addRow("§10 convertToJson empty object") << "convertToJson(root.emptyObj)"
                                                        << "String"
                                                        << "{}";
        QTest::addRow("§10 convertToJson empty members") << "convertToJson(root.zeros)"
                                                         << "String"
                                                         << "[\n  0,\n  \"\"\n]";
        QTest::addRow("§10 convertToJson escapes") << "convertToJson('a\"b\\c\n')"
                                                   << "String"
                                                   << "\"a\\\"b\\\\c\\n\"";
        QTest::addRow("§10 convertToJson split") << "convertToJson(split('a,b', ','))"
                                                 << "String"
                                                 << "[\n  \"a\",\n  \"b\"\n]";
        QTest::addRow("§10 convertToJson number rounds") << "convertToJson(0.123456789)"
                                                         << "String"
                                                         << "0.1234568";
        QTest::addRow("§10 convertToJson version") << "convertToJson(1.2.3)"
                                                   << "String"
                                                   << "\"1.2.3\"";
        QTest::addRow("§10 convertToJson string") << "convertToJson(root.status)"
                                                  << "String"
                                                  << "\"successful\"";
        QTest::addRow("§10 lower") << "lower('ÀBC')"
                                   << "String"
                                   << "àbc";
        QTest::addRow("§10 upper keeps ß") << "upper('straße')"
                                           << "String"
                                           << "STRAßE";
        QTest::addRow("§10 replace") << "replace('aaa', 'a', 'bb')"
                                     << "String"
                                     << "bbbbbb";
        QTest::addRow("§10 trim") << "trim('\t a \n')"
                                  << "String"
                                  << "a";
        QTest::addRow("§10 coalesce returns 0") << "coalesce(root.missing, 0)"
                                                << "Number"
                                                << "0";
        QTest::addRow("§10 iif value") << "iif(true, 1, 2)"
                                       << "Number"
                                       << "1";
        QTest::addRow("§10 length") << "length('héllo')"
                                    << "Number"
                                    << "5";
        QTest::addRow("§10 count") << "count(root.items)"
                                   << "Number"
                                   << "3";
        QTest::addRow("§4 float from the body") << "root.price"
                                                << "Number"
                                                << "19.99";
        QTest::addRow("§10 split is an Object") << "split('a,b', ',')"
                                                << "Object"
                                                << "Object";
        QTest::addRow("§10 jsonpath is an Array") << "jsonpath('$.items[*]')"
                                                  << "Array"
                                                  << "Array";
        QTest::addRow("§4 object") << "root.obj"
                                   << "Object"
                                   << "Object";
        QTest::addRow("§4 null") << "root.missing"
                                 << "Null"
                                 << "Null";
        QTest::addRow("§10 eq is Boolean") << "eq(1, 1)"
                                           << "Boolean"
                                           << "True";
        QTest::addRow("§2 version literal") << "1.2.3"
                                            << "Version"
                                            << "v1.2.3";
    }

    void values()
    {
        QFETCH(QString, expression);
        QFETCH(QString, kind);
        QFETCH(QString, text);
        const Evaluation evaluation = run(expression, m_standard);
        QVERIFY2(evaluation.ok, qPrintable(evaluation.error));
        QCOMPARE(kindName(evaluation.value.kind()), kind);
        if (evaluation.value.kind() == ValueKind::String)
            QCOMPARE(evaluation.value.string(), text);
        else
            QCOMPARE(evaluation.value.formatForMessage(), text);
    }

    void canonicalForm()
    {
        // The engine's ConvertToExpression, used in its memory message: names as written, literals formatted.
        const ParseResult result =
            parse(QStringLiteral("AND(eq(root.a, 'it''s'), Gt(1.50, 1.2.3), root['b'][0], true)"));
        QVERIFY(result.ok());
        QCOMPARE(result.program.canonical(result.program.root),
                 QStringLiteral("AND(eq(root['a'], 'it''s'), Gt(1.5, v1.2.3), root['b'][0], True)"));
    }

    void longIndexerChains_doNotRecurse()
    {
        // Dereferences open no container, so the depth limit allows chains of thousands of links.
        const QString chain = QStringLiteral("root") + QStringLiteral(".a").repeated(10000);
        QCOMPARE(outcome(QStringLiteral("eq(") + chain + QStringLiteral(", '')"), "{\"a\": {\"a\": 1}}", false),
                 QStringLiteral("true"));
        const QByteArray deep = QByteArray("{\"a\":").repeated(5000) + '7' + QByteArray(5000, '}');
        QCOMPARE(outcome(QStringLiteral("eq(root") + QStringLiteral(".a").repeated(5000) + QStringLiteral(", 7)"), deep,
                         false),
                 QStringLiteral("true"));
        QCOMPARE(outcome(QStringLiteral("and(false, root") + QStringLiteral("[0]").repeated(6000) + u')', deep, false),
                 QStringLiteral("false"));
        QCOMPARE(outcome(QStringLiteral("lt(root") + QStringLiteral(".a").repeated(5000) + QStringLiteral(", 8)"), deep,
                         false),
                 QStringLiteral("true"));
        const Evaluation evaluation =
            run(QStringLiteral("eq(root") + QStringLiteral(".a").repeated(5000) + QStringLiteral(", 7)"), deep);
        QVERIFY(evaluation.ok);
        QVERIFY(evaluation.trace.toText().split(u'\n').size() > 5000);
    }

    void jsonPathFilters_nestBoundedly()
    {
        const QString nested = QStringLiteral("[?(@").repeated(65) + QStringLiteral(")]").repeated(65);
        QString detail;
        QCOMPARE(outcome(QStringLiteral("jsonpath('$") + nested + QStringLiteral("')"), "[1]", false, &detail),
                 QStringLiteral("eval"));
        QCOMPARE(detail, QStringLiteral("Path nests filters more than 64 deep."));
        const QString fine = QStringLiteral("[?(@").repeated(10) + QStringLiteral(")]").repeated(10);
        QCOMPARE(outcome(QStringLiteral("jsonpath('$") + fine + QStringLiteral("')"), "[1]", false),
                 QStringLiteral("true"));
    }

    void emptyExpression_parsesToNothing()
    {
        QVERIFY(parse(QString()).program.isEmpty());
        QVERIFY(parse(QStringLiteral(" \t\r\n ")).program.isEmpty());
        QVERIFY(parse(QStringLiteral(" \t\r\n ")).ok());
    }

private:
    QByteArray m_standard;
};

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"
