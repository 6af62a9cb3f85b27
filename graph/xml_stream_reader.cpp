#include "graph/xml_stream_reader.h"

#include <expat.h>

#include <cstring>
#include <exception>
#include <memory>

#include "extract/error.h"

namespace actorgraph {
namespace {

std::string_view LocalName(const char* name) {
  std::string_view n(name);
  std::size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

struct ParserDeleter {
  void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

// The parse state shared with expat's C callbacks. Exceptions must not cross expat's C frames,
// so a callback stores the first failure here and stops the parser.
class Session {
 public:
  Session(const std::string& file, XmlHandler& handler) : file_(file), handler_(handler) {}

  void Run(std::istream& in) {
    std::unique_ptr<XML_ParserStruct, ParserDeleter> owner(XML_ParserCreate("UTF-8"));
    parser_ = owner.get();
    if (parser_ == nullptr) throw std::bad_alloc();
    XML_SetUserData(parser_, this);
    XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetElementHandler(parser_, &Session::OnStart, &Session::OnEnd);
    XML_SetCharacterDataHandler(parser_, &Session::OnText);
    XML_SetEntityDeclHandler(parser_, &Session::OnEntityDeclaration);
    XML_SetExternalEntityRefHandler(parser_, &Session::OnExternalEntity);
    XML_SetSkippedEntityHandler(parser_, &Session::OnSkippedEntity);

    constexpr int kChunk = 1 << 16;
    bool done = false;
    while (!done) {
      void* buffer = XML_GetBuffer(parser_, kChunk);
      if (buffer == nullptr) throw std::bad_alloc();
      in.read(static_cast<char*>(buffer), kChunk);
      const auto got = static_cast<int>(in.gcount());
      if (in.bad()) throw InputError("read error", {file_});
      done = got < kChunk;
      if (XML_ParseBuffer(parser_, got, done) != XML_STATUS_OK) {
        if (failure_) std::rethrow_exception(failure_);
        Fail(XML_ErrorString(XML_GetErrorCode(parser_)), "the file is not well-formed XML");
        std::rethrow_exception(failure_);
      }
    }
  }

 private:
  void Fail(std::string message, std::string hint = {}) {
    if (failure_) return;
    const auto line = static_cast<std::size_t>(XML_GetCurrentLineNumber(parser_));
    const auto column = static_cast<std::size_t>(XML_GetCurrentColumnNumber(parser_)) + 1;
    failure_ = std::make_exception_ptr(
        InputError(std::move(message), {file_, line, column}, std::move(hint)));
    XML_StopParser(parser_, XML_FALSE);
  }

  // Runs `body`, turning any exception into a stored failure.
  template <typename Body>
  void Guard(Body&& body) {
    if (failure_) return;
    try {
      body();
    } catch (const XmlContentError& e) {
      Fail(e.message, e.hint);
    } catch (...) {
      failure_ = std::current_exception();
      XML_StopParser(parser_, XML_FALSE);
    }
  }

  static void OnStart(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto* self = static_cast<Session*>(data);
    self->Guard([&] {
      self->text_.clear();
      self->handler_.StartElement(LocalName(name), XmlAttributes(attributes));
    });
  }

  static void OnEnd(void* data, const XML_Char* name) {
    auto* self = static_cast<Session*>(data);
    self->Guard([&] {
      self->handler_.EndElement(LocalName(name), self->text_);
      self->text_.clear();
    });
  }

  static void OnText(void* data, const XML_Char* text, int length) {
    static_cast<Session*>(data)->text_.append(text, static_cast<std::size_t>(length));
  }

  static void OnEntityDeclaration(void* data, const XML_Char* name, int, const XML_Char*, int,
                                  const XML_Char*, const XML_Char*, const XML_Char*,
                                  const XML_Char*) {
    static_cast<Session*>(data)->Fail(
        "entity declaration '" + std::string(name) + "' refused",
        "graph files never declare entities; this one may be an entity-expansion attack");
  }

  static int OnExternalEntity(XML_Parser parser, const XML_Char*, const XML_Char*,
                              const XML_Char* system_id, const XML_Char*) {
    auto* self = static_cast<Session*>(XML_GetUserData(parser));
    self->Fail("external entity '" + std::string(system_id ? system_id : "") + "' refused",
               "graph files never reference external entities");
    return XML_STATUS_ERROR;
  }

  // An entity expat did not expand because its declaration would be in an external DTD.
  static void OnSkippedEntity(void* data, const XML_Char* name, int) {
    static_cast<Session*>(data)->Fail("undefined entity '" + std::string(name) + "'",
                                      "graph files use only the five predefined entities");
  }

  const std::string& file_;
  XmlHandler& handler_;
  XML_Parser parser_ = nullptr;
  std::string text_;
  std::exception_ptr failure_;
};

}  // namespace

std::optional<std::string_view> XmlAttributes::Get(std::string_view name) const {
  for (const char** p = pairs_; *p != nullptr; p += 2) {
    if (LocalName(p[0]) == name) return std::string_view(p[1]);
  }
  return std::nullopt;
}

void ParseXml(std::istream& in, const std::string& file, XmlHandler& handler) {
  Session session(file, handler);
  session.Run(in);
}

}  // namespace actorgraph
