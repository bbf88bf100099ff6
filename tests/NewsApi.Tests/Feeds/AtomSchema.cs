using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.XPath;

namespace NewsApi.Tests.Feeds;

/// <summary>
/// Checks a document against RFC 4287's own schema (Appendix B, Feeds/Schema/atom.rng): the RELAX NG grammar with libxml2,
/// which .NET has no validator for but every Debian image ships, and then the Schematron rules written into that grammar
/// (feed-level author unless every entry has one; an alternate link or content on every entry), which a RELAX NG validator
/// skips as annotations, evaluated as the XPath 1.0 they are.
/// </summary>
internal static partial class AtomSchema
{
    private const string LibXml2 = "libxml2.so.2";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string SchematronNamespace = "http://www.ascc.net/xml/schematron";

    private static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "Feeds", "Schema", "atom.rng");

    [ThreadStatic]
    private static List<string>? t_errors;

    /// <summary>Every violation found, empty when the document is valid Atom.</summary>
    public static IReadOnlyList<string> Validate(byte[] document)
    {
        var errors = ValidateGrammar(document);
        errors.AddRange(CheckSchematronRules(document));
        return errors;
    }

    private static unsafe List<string> ValidateGrammar(byte[] document)
    {
        var schemaBytes = File.ReadAllBytes(SchemaPath);
        var parser = xmlRelaxNGNewMemParserCtxt(schemaBytes, schemaBytes.Length);
        var schema = xmlRelaxNGParse(parser);
        xmlRelaxNGFreeParserCtxt(parser);
        if (schema == IntPtr.Zero)
        {
            throw new InvalidOperationException($"libxml2 could not read {SchemaPath} as RELAX NG.");
        }
        var validator = xmlRelaxNGNewValidCtxt(schema);
        var doc = xmlReadMemory(document, document.Length, IntPtr.Zero, IntPtr.Zero, 0);
        t_errors = [];
        try
        {
            if (doc == IntPtr.Zero)
            {
                return ["The document is not well-formed XML."];
            }
            xmlRelaxNGSetValidStructuredErrors(validator, &OnError, IntPtr.Zero);
            var result = xmlRelaxNGValidateDoc(validator, doc);
            var errors = t_errors;
            if (result != 0 && errors.Count == 0)
            {
                errors.Add($"libxml2 reported the document invalid ({result}) without a message.");
            }
            return errors;
        }
        finally
        {
            t_errors = null;
            if (doc != IntPtr.Zero)
            {
                xmlFreeDoc(doc);
            }
            xmlRelaxNGFreeValidCtxt(validator);
            xmlRelaxNGFree(schema);
        }
    }

    /// <summary>libxml2's xmlError starts with two ints (domain, code) and then the message pointer.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnError(IntPtr userData, IntPtr error)
    {
        var message = Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(error, 2 * sizeof(int)))?.Trim();
        t_errors?.Add(message ?? "(no message)");
    }

    private static IEnumerable<string> CheckSchematronRules(byte[] document)
    {
        var schema = new XmlDocument();
        schema.Load(SchemaPath);
        var schemaNamespaces = new XmlNamespaceManager(schema.NameTable);
        schemaNamespaces.AddNamespace("s", SchematronNamespace);

        using var stream = new MemoryStream(document);
        var feed = new XPathDocument(stream).CreateNavigator();
        var namespaces = new XmlNamespaceManager(feed.NameTable);
        namespaces.AddNamespace("atom", AtomNamespace);

        foreach (XmlElement rule in schema.SelectNodes("//s:rule", schemaNamespaces)!)
        {
            foreach (XmlElement assertion in rule.SelectNodes("s:assert", schemaNamespaces)!)
            {
                var test = XPathExpression.Compile(assertion.GetAttribute("test"), namespaces);
                foreach (XPathNavigator context in feed.Select("//" + rule.GetAttribute("context"), namespaces))
                {
                    if (!(bool)context.Evaluate(test))
                    {
                        yield return $"{assertion.InnerText.Trim()} ({rule.GetAttribute("context")}: {test.Expression})";
                    }
                }
            }
        }
    }

    [LibraryImport(LibXml2)]
    private static partial IntPtr xmlRelaxNGNewMemParserCtxt(byte[] buffer, int size);

    [LibraryImport(LibXml2)]
    private static partial IntPtr xmlRelaxNGParse(IntPtr parserContext);

    [LibraryImport(LibXml2)]
    private static partial void xmlRelaxNGFreeParserCtxt(IntPtr parserContext);

    [LibraryImport(LibXml2)]
    private static partial IntPtr xmlRelaxNGNewValidCtxt(IntPtr schema);

    [LibraryImport(LibXml2)]
    private static unsafe partial void xmlRelaxNGSetValidStructuredErrors(IntPtr validContext, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, void> handler, IntPtr userData);

    [LibraryImport(LibXml2)]
    private static partial int xmlRelaxNGValidateDoc(IntPtr validContext, IntPtr document);

    [LibraryImport(LibXml2)]
    private static partial void xmlRelaxNGFreeValidCtxt(IntPtr validContext);

    [LibraryImport(LibXml2)]
    private static partial void xmlRelaxNGFree(IntPtr schema);

    [LibraryImport(LibXml2)]
    private static partial IntPtr xmlReadMemory(byte[] buffer, int size, IntPtr url, IntPtr encoding, int options);

    [LibraryImport(LibXml2)]
    private static partial void xmlFreeDoc(IntPtr document);
}
