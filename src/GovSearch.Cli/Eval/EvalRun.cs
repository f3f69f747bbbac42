using GovSearch.Evaluation;

namespace GovSearch.Cli.Eval;

/// <summary>One column of an eval table: a GovSearch configuration or a baseline, and its report.</summary>
/// <param name="Name">The column name, such as lexical, hybrid, bigram or smartcn.</param>
/// <param name="Report">The evaluation.</param>
internal sealed record EvalRun(string Name, EvaluationReport Report);
