using CounselingRecords.Results;

namespace CounselingRecords.Testing.Builders;

/// <summary>Unwraps the results of the verbs a builder calls; a refusal is a mistake in the test's setup.</summary>
internal static class BuilderResults
{
    public static T Value<T>(Result<T> result, string step)
    {
        if (result.Success)
        {
            return result.Value;
        }

        throw new InvalidOperationException($"The builder could not {step}: {result.Error}");
    }
}
