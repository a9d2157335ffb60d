using System.Text.Json.Serialization.Metadata;

namespace CounselingRecords.Serialization.SystemTextJson.Validation;

/// <summary>
/// Contract modifier: a type built through a parameterized constructor is written as its constructor
/// parameters only, so computed properties (<c>Key</c>, totals, flags derived from state) stay out of the wire
/// format and a document holds state, nothing else.
/// </summary>
internal static class StateContract
{
    public static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var facts = ContractFacts.Of(typeInfo);
        if (!facts.HasParameterizedConstructor)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            if (property.Set is null && !facts.IsConstructorParameter(property))
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
